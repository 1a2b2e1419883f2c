package dev.redazione.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class GluedStandfirstTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      Sci, Rossi vince lo slalom di Courmayeur L'azzurra torna al successo dopo due anni di attesa | L'azzurra
      Metro pronta a partire, il sindaco: "Un traguardo storico" Il cantiere ha chiuso con un mese di anticipo | Il cantiere
      Rugby, il derby italiano va al Benetton contro le Zebre Tutto esaurito allo stadio, finisce con sei mete | Tutto esaurito
      Mezzo milione di pellegrini ha attraversato la Porta Santa Dal 5 gennaio aperta anche quella di San Paolo | Dal 5 gennaio
       date 2024-03 Sciopero dei treni, le fasce garantite di venerdì La protesta dei macchinisti durerà otto ore | La protesta
      """)
  void findsTheStandfirstGluedAfterTheHeadline(String line, String standfirst) {
    int at = GluedStandfirst.standfirstStart(line, StopWords.ITALIAN);

    assertThat(at).isPositive();
    assertThat(line.substring(at)).startsWith(standfirst);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "Il governo ha presentato la manovra e il presidente del Senato La Russa ne ha difeso i conti",
        "Microsoft amplia le funzioni del suo assistente con nuovi agenti AI capaci di usare le app",
        "Il sindaco lascia. Il consiglio comunale sarà sciolto entro la fine del mese prossimo",
        "Ospite di Che tempo che fa il ministro ha parlato della riforma delle pensioni",
        "Brignone vince il gigante L'azzurra"
      })
  void leavesOtherLinesWhole(String line) {
    assertThat(GluedStandfirst.standfirstStart(line, StopWords.ITALIAN)).isEqualTo(-1);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"Open Source CAD Files Under the New Open Community License for all"})
  void aHeadlineInEnglishIsNeverSplit(String line) {
    assertThat(GluedStandfirst.standfirstStart(line, StopWords.of(StopWords.Language.EN)))
        .isEqualTo(-1);
  }
}
