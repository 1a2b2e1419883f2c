package dev.redazione.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The kinds of page widgets pasted with an article that single lines show — timestamps without a
 * date, save and zoom buttons, shortcodes, image file names, shop and login buttons, footer rows,
 * magazine and donation boxes — in Italian first and in the other languages of pasted pages, and
 * the prose that uses the same words.
 */
class PageWidgetKindsTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      2 hours ago                                                | relative-date
      an hour ago                                                | relative-date
      vor 3 Stunden                                              | relative-date
      hace una hora                                              | relative-date
      hace 27 minutos                                            | relative-date
      il y a 2 jours                                             | relative-date
      há 5 horas                                                 | relative-date
      Salva per dopo                                             | page-tool
      Speichern                                                  | page-tool
      Ingrandisci                                                | page-tool
      [fotogallery id="4412"]                                    | embed
      [video src="intervista.mp4" /]                             | embed
      [caption id="12"]Il sindaco in piazza[/caption]            | embed
      infografica 3 1                                            | image-credit
      foto 12                                                    | image-credit
      Fonte                                                      | image-credit
      Quelle                                                     | image-credit
      [La Stampa]                                                | image-credit
      [Reuters]                                                  | image-credit
      Ingrandisci Il cantiere della nuova linea del tram in via Roma. | image-credit
      Vergrößern Der neue Bahnhof am Abend.                      | image-credit
      Il sindaco durante il sopralluogo (foto d'archivio).       | image-credit
      Der Wald bei Kaiserslautern (Symbolbild).                  | image-credit
      Ordina ora                                                 | affiliate-offer
      Jetzt bestellen                                            | affiliate-offer
      Buy now                                                    | affiliate-offer
      Accedi o registrati per salvare gli articoli               | paywall
      Sign in or register to follow your favourite topics        | paywall
      Regístrate o inicia sesión para guardar tus artículos      | paywall
      Chi siamo Contatti Lavora con noi Note legali Privacy      | navigation
      About Us Careers Contact Site Map                          | navigation
      Impressum Datenschutz Kontakt AGB                          | navigation
      Link zum Artikel                                           | navigation
      Richiedi ora                                               | navigation
      Seleziona fino a 3                                         | navigation
      Select Up To 3Select Up To 2                               | navigation
      Intelligenza artificiale robotica startup Tutti gli argomenti | navigation
      Condividi questa notizia                                   | social-prompt
      Compartir este artículo                                    | social-prompt
      L'ultimo numero                                            | social-prompt
      Die aktuelle Ausgabe                                       | social-prompt
      Iscrizione completata                                      | social-prompt
      Sign-up successful!                                        | social-prompt
      Benvenuto su Cronache di Provincia!                        | social-prompt
      Welcome to The Daily Planner!                              | social-prompt
      Willkommen bei Stadtblatt!                                 | social-prompt
      Invia per email                                            | social-prompt
      Il nostro podcast, ora su Spotify!                         | social-prompt
      Click to subscribe!                                        | social-prompt
      Teilen Facebook Whatsapp Pinnen Drucken                    | social-prompt
      Chi innova vince sempre.Click To Tweet                     | social-prompt
      Scegli l'importo da donare                                 | social-prompt
      5 10 20 50 Altro importo                                   | social-prompt
      """)
  void recognisesTheKind(String line, String rule) {
    assertThat(FurnitureCatalogue.ruleOf(line)).as(line).hasValue(rule);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "expand_more Weitere Beiträge zum Thema",
        "Leggi la nostra recensione completa dello Xiaomi 15",
        "Read our full Pixel 9 review",
        "Audio e video sull'argomento",
        "Il contesto della notizia",
        "Video correlati",
        "Audios et vidéos sur le sujet",
        "Videos zum Thema"
      })
  void recognisesRelatedArticleHeadersAndTeasers(String line) {
    assertThat(FurnitureCatalogue.ruleOf(line)).as(line).hasValue("related-block");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "Due ore fa il consiglio comunale ha approvato il bilancio con ventidue voti.",
        "Vor drei Stunden hat der Stadtrat den Haushalt beschlossen.",
        "Il sindaco ha chiesto ai cittadini di salvare l'acqua durante l'estate.",
        "La fonte della notizia è un comunicato della Regione.",
        "Ha spiegato che la foto 12 dell'archivio comunale mostra la piazza nel 1950.",
        "Chi siamo, ci chiediamo spesso, e dove andiamo come comunità?",
        "Il festival ha donato 5 10 20 euro a ogni associazione, e altro ancora.",
        "Nella lista ci sono i contatti, la privacy e le note legali del servizio comunale.",
        "Ordina ora il tuo caffè e goditi la piazza, dice lo slogan della campagna del bar.",
        "Tutti gli argomenti trattati in aula sono stati messi a verbale dal segretario.",
        "Benvenuti a Matera, la città dei Sassi",
        "Benvenuto su Marte: il rover ha toccato il suolo alle 21.55.",
        "L'e-mail è arrivata in redazione alle nove di sera.",
        "Seleziona fino a 3 candidati nella scheda elettorale.",
        "[Rossi 2019, p. 41]",
        "[1]"
      })
  void leavesProseThatUsesTheSameWordsAlone(String line) {
    assertThat(FurnitureCatalogue.ruleOf(line)).as(line).isEmpty();
  }
}
