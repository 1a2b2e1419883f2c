package dev.redazione.extract;

import dev.redazione.extract.DateParser.DateHit;
import dev.redazione.extract.DateParser.DateScan;
import dev.redazione.extract.DateParser.ImpossibleDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A line made only of article metadata — dates, bylines, reading time — as news sites print under a
 * headline: {@code di Mario Rossi | 12 febbraio 2023, 10:41 | 3 min di lettura}.
 *
 * @param dates the dates on the line, in order
 * @param impossible date-shaped texts that name no real date
 * @param authors the names it signs
 * @param explicit whether a label says what the line is ({@code di …}, {@code Pubblicato il …}), so
 *     it can be trusted anywhere in the text, not only near the top or bottom
 */
record MetaLine(
    List<DateHit> dates, List<ImpossibleDate> impossible, List<String> authors, boolean explicit) {

  private static final Pattern PIECE_SEPARATOR =
      Pattern.compile("\\s*[|•·●・,;–—()\\[\\]/]\\s*(?:-{1,2}\\s+)?|\\s+-{1,2}\\s+|^-\\s*|\\s*-$");
  private static final Pattern PLACE =
      Pattern.compile("\\p{Lu}[\\p{L}'’]+(?: \\p{Lu}[\\p{L}'’]+)?");
  private static final Pattern EDGE_FILLER =
      Pattern.compile(
          "^(?:il|alle|ore|on|am|le|el|em|at)\\s+|\\s+(?:il|alle|ore|del|in data|on|am|at|le|el"
              + "|em|de|du|vom)$",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern FILLER =
      Pattern.compile(
          "(?:ore|alle|il|h|news|pubblicato|aggiornato|in|articolo|notizia|post|on|at|am|um|uhr|le|el|by"
              + "|em|de|published|posted|updated|veröffentlicht|aktualisiert|publicado|actualizado"
              + "|atualizado|publié|mis à jour|stand|date|datum|fecha|last updated|written|created"
              + "|erstellt)\\s*:?",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /** A section named after the date, as in {@code Pubblicato il 12/02/2023 in Tecnologia}. */
  private static final Pattern SECTION = Pattern.compile("in \\p{Lu}[\\p{L}' ]{0,30}");

  /**
   * The sections or tags a byline or dateline lists at its end ({@code di Anna Neri / Categoria:
   * Cronaca, Sport}): they end the line's metadata.
   */
  private static final Pattern CATEGORIES =
      Pattern.compile(
          "(?:categori[ae]|categorie|categorias?|categories|category|kategorien?|rubrik|sezioni"
              + "|sezione|filed under|tags?|schlagwörter)\\s*:.*",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /** Where a date stood among the pieces of a line, for {@link #signers}. */
  private static final String DATE = "\u0000";

  /** The section a signer is filed in after the name: {@code Ann Lee in Science}. */
  private static final Pattern TRAILING_SECTION = Pattern.compile("\\s+(?i:in)(?:\\s+\\p{Lu}.*)?$");

  /** A metadata line is short; longer lines are not even scanned for dates. */
  static final int MAX_CHARS = 160;

  private static final Pattern COUNTER =
      Pattern.compile(
          "\\d+\\s+(?:commenti|commento|condivisioni|visualizzazioni|letture|comments?|shares?|views"
              + "|kommentare?|comentarios?|coment[aá]rios?|commentaires?)",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /** A time given in minutes beside a date, which is a reading time ({@code 8 minutes}). */
  private static final Pattern MINUTES =
      Pattern.compile(
          "\\d+\\s*(?:min|mins|minutes|minuti|minuten|minutos)\\.?", Pattern.CASE_INSENSITIVE);

  MetaLine {
    dates = List.copyOf(dates);
    impossible = List.copyOf(impossible);
    authors = List.copyOf(authors);
  }

  /** Reads the line when every part of it is metadata. */
  static Optional<MetaLine> parse(String line) {
    if (line.length() > MAX_CHARS) {
      return Optional.empty();
    }
    String text = BylineParser.withoutContacts(line);
    DateScan scan = DateParser.scan(text);
    String rest = withDatesReplaced(text, scan, " | ");
    boolean hasDates = !scan.dates().isEmpty() || !scan.impossible().isEmpty();
    boolean published = scan.dates().stream().anyMatch(d -> d.kind() == DateParser.Kind.PUBLISHED);
    boolean explicit = scan.dates().stream().anyMatch(d -> d.kind() != DateParser.Kind.UNLABELLED);
    List<String> authors = new ArrayList<>();
    boolean signed = false;
    boolean affiliated = false;
    boolean readingTime = false;
    for (String piece : PIECE_SEPARATOR.split(rest)) {
      String part = EDGE_FILLER.matcher(piece.strip()).replaceAll("");
      if (part.isEmpty()
          || FILLER.matcher(part).matches()
          || hasDates && DateParser.isDateCompanion(part)) {
        continue;
      }
      Optional<List<String>> byline =
          published ? BylineParser.parseAfterDate(part) : BylineParser.parse(part);
      Optional<String> handle = hasDates ? BylineParser.handle(part) : Optional.empty();
      Optional<String> signature =
          signed || hasDates ? PersonName.signature(part) : Optional.empty();
      if (byline.isPresent()) {
        authors.addAll(byline.get());
        signed = true;
        explicit = true;
      } else if (handle.isPresent()) {
        authors.add(handle.get());
        signed = true;
        explicit = true;
      } else if (FurnitureRules.isReadingTime(part)
          || COUNTER.matcher(part).matches()
          || hasDates && MINUTES.matcher(part).matches()) {
        readingTime = true;
      } else if (RelativeTime.matches(part)) {
        continue;
      } else if (signature.isPresent() && !affiliated) {
        authors.add(signature.get());
      } else if (signed && (affiliated || PersonName.isAffiliation(part))) {
        affiliated = true; // what follows an outlet is its place: "By Ann Lee, BBC News, New York"
      } else if (hasDates && authors.isEmpty() && !signed && PLACE.matcher(part).matches()) {
        continue;
      } else if (hasDates && SECTION.matcher(part).matches()) {
        continue;
      } else if ((signed || hasDates) && CATEGORIES.matcher(part).matches()) {
        break;
      } else {
        return Optional.empty();
      }
    }
    if (!hasDates && authors.isEmpty() && !readingTime) {
      return Optional.empty();
    }
    return Optional.of(new MetaLine(scan.dates(), scan.impossible(), authors, explicit));
  }

  /**
   * The names a short dated line signs when other furniture shares it, so that it is no {@link
   * #parse meta line} ({@code By Ann Lee | 12 May 2023 | Topic: Science}, {@code Ann Lee 27/09/2018
   * 2 comments}): a labelled byline anywhere on it, or a bare name printed right before or after
   * one of its dates, without a section it is filed in ({@code Ann Lee in Science}). A line that
   * goes on with the list of names above it ({@code , Staff Writer 12 May 2023}) signs nothing
   * itself.
   */
  static List<String> signers(String line) {
    if (line.length() > MAX_CHARS || BylineParser.continuesList(line)) {
      return List.of();
    }
    String text = BylineParser.withoutContacts(line);
    DateScan scan = DateParser.scan(text);
    if (scan.dates().isEmpty()) {
      return List.of();
    }
    List<String> parts = new ArrayList<>();
    for (String piece :
        PIECE_SEPARATOR.split(withDatesReplaced(text, scan, " | " + DATE + " | "))) {
      String part =
          TRAILING_SECTION
              .matcher(EDGE_FILLER.matcher(piece.strip()).replaceAll(""))
              .replaceAll("");
      if (!part.isEmpty()) {
        parts.add(part);
      }
    }
    List<String> names = new ArrayList<>();
    for (int i = 0; i < parts.size(); i++) {
      if (parts.get(i).equals(DATE)) {
        continue;
      }
      Optional<List<String>> byline = BylineParser.parse(parts.get(i));
      boolean besideDate =
          i > 0 && parts.get(i - 1).equals(DATE)
              || i + 1 < parts.size() && parts.get(i + 1).equals(DATE);
      if (byline.isPresent()) {
        names.addAll(byline.get());
      } else if (besideDate) {
        PersonName.signature(parts.get(i)).ifPresent(names::add);
      }
    }
    return List.copyOf(names);
  }

  /** The text with every date of the scan, possible or not, replaced by the given text. */
  private static String withDatesReplaced(String text, DateScan scan, String replacement) {
    List<int[]> spans = new ArrayList<>();
    scan.dates().forEach(d -> spans.add(new int[] {d.start(), d.end()}));
    scan.impossible().forEach(d -> spans.add(new int[] {d.start(), d.end()}));
    spans.sort((a, b) -> Integer.compare(b[0], a[0]));
    StringBuilder rest = new StringBuilder(text);
    for (int[] span : spans) {
      rest.replace(span[0], span[1], replacement);
    }
    return rest.toString();
  }

  /** The same line with its dates left out, for a line whose dates date nothing. */
  MetaLine withoutDates() {
    return new MetaLine(List.of(), impossible, authors, explicit);
  }

  /** The rule a removed meta line is recorded under: see {@link #ruleOf}. */
  RuleName rule() {
    return ruleOf(authors, !dates.isEmpty() || !impossible.isEmpty());
  }

  /**
   * The rule a removed line of metadata is recorded under: byline when it signs, dateline when it
   * only dates, reading time otherwise.
   */
  static RuleName ruleOf(List<String> signers, boolean dated) {
    if (!signers.isEmpty()) {
      return RuleName.BYLINE;
    }
    return dated ? RuleName.DATELINE : RuleName.READING_TIME;
  }
}
