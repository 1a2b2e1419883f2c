package dev.redazione.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PersonNameTest {

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "Claudio Garau",
        "Maria De Santis",
        "Jean-Luc D’Amico",
        "CLAUDIO GARAU",
        "J. R. R. Tolkien",
        "Ludwig van Beethoven",
        "Dario Conti",
        "Sarah E. Needleman",
        "Jonas Hartung",
        "Lea Jung",
        "Claire Martin B.",
        "Janie Har",
      })
  void namesAreRecognised(String text) {
    assertThat(PersonName.isPersonName(text)).isTrue();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "Garau",
        "Le perdite di OpenAI",
        "Microsoft ha annunciato",
        "Windows 11",
        "Pubblicità",
        "il Garante",
        "Servizio di Barbara Appiani",
        "Getty Images",
        "Staff Writer",
        "Find Your Next Car",
        "Share Tweet Submit",
        "Ultime Notizie",
        "Informazione Locale",
        "Software Engineering",
        "Data Solutions",
        "Top Picks",
        "Loyola University New Orleans",
        "Aktuelle Meldungen",
        "Über Anna Neri",
        "About Ann Lee",
        "Veröffentlicht von AnnaN",
        "Scritto da Luca",
        "Anna Neri.",
        "Vai A.",
        "Most Commented",
        "Recent Content",
        "Get Started",
        "Schöne Einleitung",
        "Letzte Aktualisierung",
        "Solennità di San Giuseppe",
        "Mario Rossi Segui",
        "SOLENNITÀ DI SAN GIUSEPPE"
      })
  void otherTextIsNotAName(String text) {
    assertThat(PersonName.isPersonName(text)).isFalse();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "Redazione",
        "la Redazione",
        "Redazione Wired",
        "la Redazione di Wired",
        "Staff",
        "Redacción EC"
      })
  void newsroomSignaturesAreRecognised(String text) {
    assertThat(PersonName.isNewsroom(text)).isTrue();
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      Troy L. Smith, Cleveland.com       | Troy L. Smith
      Anna Neri - Staff Writer           | Anna Neri
      Marco Bianchi / corrispondente     | Marco Bianchi
      Tom Davies Associated Press        | Tom Davies
      Meg JamesStaff Writer              | Meg James
      LISA MASCARO                       | Lisa Mascaro
      Associated Press                   | Associated Press
      ANNA NERI   GAZZETTA DEL SUD       | Anna Neri
      Marta Galli IL SECOLO XIX          | Marta Galli
      Kevin McCoy USA TODAY              | Kevin McCoy
      Anna Maria DI BELLA                | Anna Maria DI BELLA
      Nikolai Huke,                      | Nikolai Huke
      Raffaella Neri*                    | Raffaella Neri
      Giulia Ferri, Chief Executive Officer | Giulia Ferri
      Ann Lee @annlee / 2 days           | Ann Lee
      Jonas Keller · vor 16 Stunden      | Jonas Keller
      Giornalista Anna Neri              | Anna Neri
      Inviata Chiara Galli               | Chiara Galli
      Reporter Ann Lee                   | Ann Lee
      Netzphilosophin Lea Wolf           | Lea Wolf
      Online-Experte Jonas Keller        | Jonas Keller
      Paola Greco, MD                    | Paola Greco, MD
      Ann Lee, PhD, RDN                  | Ann Lee, PhD, RDN
      Mario RossiGiornalista             | Mario Rossi
      Anna NeriCaporedattrice            | Anna Neri
      """)
  void aRoleOrOutletGluedToANameIsLeftOut(String text, String name) {
    assertThat(PersonName.signature(text)).contains(name);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      Anna Neri, ANSA         | Anna Neri
      Ann Lee, CNN            | Ann Lee
      Giornalista Economia    |
      """)
  void anOutletOrARoleAloneIsNoCredential(String text, String name) {
    assertThat(PersonName.signature(text).orElse(null)).isEqualTo(name);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"Staff Writer", "Getty Images", "European Space Agency", "Key Points"})
  void aRoleOrCreditAloneSignsNothing(String text) {
    assertThat(PersonName.signature(text)).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "News reporter @annaneri",
        "Giornalista, redazione Economia",
        "Redakteurin",
        "Mitglied der Stadt-Redaktion"
      })
  void roleLinesAreRecognised(String text) {
    assertThat(PersonName.isRoleLine(text)).isTrue();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "Economia",
        "Il reporter ha raccontato per ore la sua giornata in redazione a Roma"
      })
  void otherLinesAreNoRoleLines(String text) {
    assertThat(PersonName.isRoleLine(text)).isFalse();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"Final Tips", "Software Engineering", "Informazione Locale"})
  void chromePhrasesShapedLikeNamesAreRecognised(String text) {
    assertThat(PersonName.isChromePhrase(text)).isTrue();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"Anna Neri", "Staff Writer", "Il sindaco ha parlato"})
  void namesAndOtherTextAreNoChromePhrases(String text) {
    assertThat(PersonName.isChromePhrase(text)).isFalse();
  }
}
