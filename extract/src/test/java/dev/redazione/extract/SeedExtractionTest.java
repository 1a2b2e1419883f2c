package dev.redazione.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.redazione.core.DatePrecision;
import dev.redazione.core.Origin;
import dev.redazione.core.RemovedLine;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The four raw seeds yield what a careful editor would extract, written down as data. */
class SeedExtractionTest {

  /**
   * What an editor extracts from one seed.
   *
   * @param seed the file-name prefix in content/
   * @param title the headline
   * @param titleOrigin FIRST_LINE or DERIVED
   * @param titleLine its line
   * @param subtitle the standfirst, or null
   * @param date ISO date, or null
   * @param precision its precision, or null
   * @param author the author's name, or null
   * @param bioStart how the bio starts, or null
   * @param headings the section headings
   * @param firstParagraph how the body starts
   * @param lastParagraph how the body's last paragraph starts
   * @param removed each removed line as {@code line rule}
   */
  record Seed(
      String seed,
      String title,
      Origin titleOrigin,
      int titleLine,
      String subtitle,
      String date,
      DatePrecision precision,
      String author,
      String bioStart,
      List<String> headings,
      String firstParagraph,
      String lastParagraph,
      List<String> removed) {

    RawExtraction extract() {
      return RawTextExtractor.create().extract(seed + ".txt", ContentFolder.seedText(seed));
    }

    @Override
    public String toString() {
      return seed;
    }
  }

  static Stream<Seed> seeds() {
    return Stream.of(
        new Seed(
            "001",
            "OpenAI e Microsoft: fine della partnership esclusiva. Cosa succede al futuro dell’IA?",
            Origin.FIRST_LINE,
            1,
            "Fine dell’accordo esclusivo tra Microsoft e OpenAI",
            null,
            null,
            null,
            null,
            List.of(),
            "Microsoft ha annunciato che non sarà più il fornitore esclusivo di infrastrutture cloud",
            "In contemporanea, OpenAI ha svelato notizie riguardanti il Progetto Stargate",
            List.of()),
        new Seed(
            "002",
            "Microsoft ha annunciato la sua volontà di collaborare con entusiasmo al progetto Stargate",
            Origin.DERIVED,
            1,
            null,
            "2025-01",
            DatePrecision.MONTH,
            null,
            null,
            List.of(),
            "Microsoft ha annunciato la sua volontà di collaborare con entusiasmo al progetto Stargate e l’intenzione",
            "Per supportare ulteriormente OpenAI, Microsoft ha approvato la possibilità",
            List.of("1 date-marker")),
        new Seed(
            "003",
            "Microsoft e OpenAI pensano al divorzio?",
            Origin.FIRST_LINE,
            3,
            null,
            null,
            null,
            "Claudio Garau",
            "Web developer, programmatore, Database Administrator",
            List.of("L’accordo tra Microsoft e OpenAI", "Le perdite di OpenAI"),
            "Due rapporti pubblicati nelle scorse ore evidenzierebbero",
            "A complicare ulteriormente le cose, sembrerebbe che entrambe le aziende",
            List.of(
                "1 navigation",
                "11 ad-label",
                "23 social-prompt",
                "24 ad-label",
                "25 author-box",
                "26 author-box",
                "27 author-box",
                "29 related-block",
                "31 related-block",
                "33 related-block",
                "35 related-block",
                "37 related-block",
                "39 related-block",
                "41 related-block",
                "43 related-block",
                "45 related-block",
                "47 related-block",
                "49 related-block",
                "51 related-block",
                "53 related-block",
                "54 ad-label")),
        new Seed(
            "004",
            "Microsoft e OpenAI: partnership strategica verso il futuro dell’IA generativa",
            Origin.FIRST_LINE,
            1,
            null,
            null,
            null,
            null,
            null,
            List.of(
                "Un’IPO all’orizzonte per OpenAI",
                "Tensioni e nuove alleanze",
                "Prospettive future e implicazioni"),
            "Microsoft e OpenAI, due colossi dell’innovazione tecnologica",
            "Microsoft, sotto la guida di Satya Nadella, sembra determinata",
            List.of("28 disclaimer")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("seeds")
  void titleIsTheHeadlineOrDerivedFromTheFirstSentence(Seed seed) {
    var title = seed.extract().title().orElseThrow();
    assertThat(title.value()).isEqualTo(seed.title());
    assertThat(title.provenance().origin()).isEqualTo(seed.titleOrigin());
    assertThat(title.provenance().lineNumber()).isEqualTo(seed.titleLine());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("seeds")
  void aDerivedTitleComesWithAMissingTitleWarning(Seed seed) {
    boolean warned =
        seed.extract().diagnostics().stream().anyMatch(d -> d.code().equals("MISSING_TITLE"));
    assertThat(warned).isEqualTo(seed.titleOrigin() == Origin.DERIVED);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("seeds")
  void subtitleIsTheShortLineUnderTheTitle(Seed seed) {
    assertThat(seed.extract().subtitle().map(Extracted::value))
        .isEqualTo(java.util.Optional.ofNullable(seed.subtitle()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("seeds")
  void dateKeepsThePrecisionWrittenAndIsNeverTakenFromProse(Seed seed) {
    var date = seed.extract().date();
    if (seed.date() == null) {
      assertThat(date).isEmpty();
      assertThat(seed.extract().diagnostics()).anyMatch(d -> d.code().equals("NO_DATE"));
    } else {
      assertThat(date.orElseThrow().value().toIso()).isEqualTo(seed.date());
      assertThat(date.orElseThrow().value().precision()).isEqualTo(seed.precision());
      assertThat(date.orElseThrow().provenance().origin()).isEqualTo(Origin.INLINE_DATE_MARKER);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("seeds")
  void authorBoxGivesTheAuthorWithBio(Seed seed) {
    RawExtraction result = seed.extract();
    if (seed.author() == null) {
      assertThat(result.authors()).isEmpty();
      return;
    }
    assertThat(result.authors())
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.name()).isEqualTo(seed.author());
              assertThat(a.bio())
                  .hasValueSatisfying(bio -> assertThat(bio).startsWith(seed.bioStart()));
            });
    assertThat(result.authorsProvenance().orElseThrow().origin()).isEqualTo(Origin.AUTHOR_BOX);
    assertThat(result.bodyMarkdown()).doesNotContain(seed.bioStart());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("seeds")
  void standaloneShortLinesBecomeSectionHeadings(Seed seed) {
    assertThat(BodyParts.of(seed.extract().bodyMarkdown()).headings())
        .containsExactlyElementsOf(seed.headings());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("seeds")
  void bodyRunsFromTheFirstToTheLastRealParagraph(Seed seed) {
    BodyParts body = BodyParts.of(seed.extract().bodyMarkdown());
    assertThat(body.first()).startsWith(seed.firstParagraph());
    assertThat(body.last()).startsWith(seed.lastParagraph());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("seeds")
  void everyRemovedLineNamesItsRule(Seed seed) {
    List<String> removed =
        seed.extract().removed().stream().map(r -> r.line() + " " + r.rule()).toList();
    assertThat(removed).containsExactlyElementsOf(seed.removed());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("seeds")
  void noFurnitureIsLeftInTheBody(Seed seed) {
    RawExtraction result = seed.extract();
    for (RemovedLine line : result.removed()) {
      assertThat(result.bodyMarkdown())
          .as("line %d (%s)", line.line(), line.rule())
          .doesNotContain(LineNormalizer.normalize(line.text()));
    }
    assertThat(result.bodyMarkdown())
        .doesNotContain("Pubblicità", "Leggi anche", "Seguici", "back to top", "Community");
  }
}
