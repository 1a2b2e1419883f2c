package dev.redazione.extract;

import dev.redazione.core.Origin;
import dev.redazione.core.Provenance;
import java.util.regex.Matcher;
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

  /** A box on one line, the name before a colon: {@code Anna Neri: Giornalista, 32 anni, …}. */
  private static final Pattern NAME_AND_BIO = Pattern.compile("([^:]{3,60}): (\\p{Lu}.+)");

  private AuthorBoxDetector() {}

  static void detect(LineLedger ledger, ArticleMetadata metadata) {
    for (int i = ledger.firstLongProse() + 1; i < ledger.size(); i++) {
      if (ledger.isOpen(i) && PersonName.isPersonName(ledger.text(i))) {
        i = tryBox(ledger, metadata, i);
      }
    }
    int last = ledger.previousOpen(ledger.size() - 1);
    if (last > ledger.firstLongProse() && last >= ledger.lastLongProse()) {
      tryOneLineBox(ledger, metadata, last);
    }
  }

  /**
   * Whether the text opens like an author's bio, with the author left unsaid: {@code Giornalista
   * pubblicista, 32 anni…}, {@code Laureata in Scienze Politiche…}, {@code Scrive di tecnologia…}.
   */
  static boolean opensBio(LineShape line) {
    if (line.words() < BIO_MIN_WORDS || line.words() > BIO_MAX_WORDS || !line.startsCapitalised()) {
      return false;
    }
    return BIO_WORDS.matcher(line.text()).lookingAt();
  }

  /**
   * Whether the line is an author's bio standing alone, the author left unsaid: it {@link #opensBio
   * opens like one} and names a second trait of a writer ({@code Giornalista pubblicista laureato
   * in economia, appassionato di SEO…}); a headline about a journalist names one.
   */
  static boolean isBioAlone(LineShape line) {
    if (!opensBio(line)) {
      return false;
    }
    Matcher words = BIO_WORDS.matcher(line.text());
    return words.find() && words.find();
  }

  /**
   * Takes the last line of the text as an author box when it is a name, a colon and a bio ({@code
   * Anna Neri: Giornalista, scrive di economia dal 2010.}), after every paragraph of the article.
   */
  private static void tryOneLineBox(LineLedger ledger, ArticleMetadata metadata, int index) {
    Matcher box = NAME_AND_BIO.matcher(ledger.text(index));
    if (!box.matches()
        || !PersonName.isPersonName(box.group(1))
        || !opensBio(LineShape.of(box.group(2), ledger.stopWords()))) {
      return;
    }
    ledger.remove(index, RuleName.AUTHOR_BOX);
    metadata.addAuthorBox(
        box.group(1).strip(), box.group(2), Provenance.at(Origin.AUTHOR_BOX, ledger.number(index)));
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
