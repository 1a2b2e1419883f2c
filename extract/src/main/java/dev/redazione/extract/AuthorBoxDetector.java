package dev.redazione.extract;

import dev.redazione.core.Origin;
import dev.redazione.core.Provenance;
import java.util.regex.Pattern;

/**
 * Finds the author box news sites append to an article: a name line (often printed twice, as name
 * and link), a short biography, maybe a "tutti gli articoli" link. The bio goes to the author, the
 * box leaves the body. A box is recognised after the start of the body when the name is repeated,
 * announced by a header ({@code L’autore}), or followed by a bio that reads like one and ends the
 * article.
 */
final class AuthorBoxDetector {

  private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
  private static final int BIO_MAX_WORDS = 80;
  private static final int BIO_MIN_WORDS = 4;
  private static final Pattern HEADER =
      Pattern.compile(
          "(?:l'autore|l'autrice|autore|autrice|chi è l'autore|informazioni sull'autore|sull'autore"
              + "|about the author|biografia|scritto da)",
          FLAGS);
  private static final Pattern BIO_WORDS =
      Pattern.compile(
          "\\b(?:giornalista|redattore|redattrice|scrive|scrittore|scrittrice|si occupa"
              + "|appassionat\\w*|laureat\\w*"
              + "|espert[oa]|collabora|direttore|direttrice|fondatore|fondatrice|blogger|developer"
              + "|sviluppatore"
              + "|sviluppatrice|programmatore|programmatrice|copywriter|docente|ingegnere|nat[oa] a"
              + "|vive a|lavora"
              + "|caporedattore|caporedattrice|editor|analista|divulgat\\w*|content creator"
              + "|consulente"
              + "|ricercat\\w*|professore|professoressa)\\b",
          FLAGS);
  private static final Pattern MORE_BY =
      Pattern.compile(
          "(?:tutti gli|altri|leggi (?:tutti )?gli|vedi tutti gli"
              + "|guarda tutti gli) articoli(?: di .*| dell'autore| dell'autrice)?"
              + "|articoli dell'autore|profilo(?: dell'autore)?|segui l'autore.*",
          FLAGS);

  private AuthorBoxDetector() {}

  static void detect(LineLedger ledger, ArticleMetadata metadata) {
    for (int i = ledger.firstLongProse() + 1; i < ledger.size(); i++) {
      if (ledger.isOpen(i) && PersonName.isPersonName(ledger.text(i))) {
        i = tryBox(ledger, metadata, i);
      }
    }
  }

  /** Takes the box whose name is at {@code name}, returning the index to continue from. */
  private static int tryBox(LineLedger ledger, ArticleMetadata metadata, int name) {
    int next = ledger.nextNonBlank(name);
    boolean repeated =
        next >= 0 && ledger.isOpen(next) && ledger.text(next).equalsIgnoreCase(ledger.text(name));
    int bio = repeated ? ledger.nextNonBlank(next) : next;
    boolean hasBio = bio >= 0 && isBio(ledger, bio);
    int header = previousNonBlank(ledger, name);
    boolean announced =
        header >= 0
            && ledger.isOpen(header)
            && HEADER.matcher(ledger.shape(header).label()).matches();
    boolean endsArticle =
        hasBio && BIO_WORDS.matcher(ledger.text(bio)).find() && ledger.lastLongProse() <= bio;
    if (!repeated && !announced && !endsArticle) {
      return name;
    }
    String displayName = ledger.text(name);
    String bioText = hasBio ? ledger.text(bio) : null;
    if (announced) {
      ledger.remove(header, RuleName.AUTHOR_BOX);
    }
    ledger.remove(name, RuleName.AUTHOR_BOX);
    if (repeated) {
      ledger.remove(next, RuleName.AUTHOR_BOX);
    }
    int last = repeated ? next : name;
    if (hasBio) {
      ledger.remove(bio, RuleName.AUTHOR_BOX);
      last = bio;
    }
    int more = ledger.nextNonBlank(last);
    if (more >= 0
        && ledger.isOpen(more)
        && ledger.shape(more).words() <= 10
        && MORE_BY.matcher(ledger.shape(more).label()).matches()) {
      ledger.remove(more, RuleName.AUTHOR_BOX);
      last = more;
    }
    metadata.addAuthorBox(
        displayName, bioText, Provenance.at(Origin.AUTHOR_BOX, ledger.number(name)));
    return last;
  }

  private static boolean isBio(LineLedger ledger, int index) {
    LineShape shape = ledger.shape(index);
    return ledger.isOpen(index)
        && shape.words() >= BIO_MIN_WORDS
        && shape.words() <= BIO_MAX_WORDS
        && shape.startsCapitalised()
        && !shape.isTruncated()
        && !PersonName.isPersonName(shape.text())
        && FurnitureRules.match(shape).isEmpty();
  }

  private static int previousNonBlank(LineLedger ledger, int index) {
    for (int i = index - 1; i >= 0; i--) {
      if (!ledger.isBlank(i)) {
        return i;
      }
    }
    return -1;
  }
}
