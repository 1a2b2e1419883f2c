package dev.redazione.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The kinds of furniture found inside pasted articles, each in Italian first and in the other
 * languages of pasted pages: embedded posts' credits, share labels naming the article, newsletter
 * fields, donation prompts, comment controls, paywall offers, affiliate and captcha notices — and
 * the prose that mentions the same words.
 */
class FurnitureKindsTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      Un post condiviso da Atelier Verde (@atelierverde)         | page-tool
      Visualizza questo post su Instagram                        | page-tool
      A post shared by Green Atelier 🌿 (@greenatelier)           | page-tool
      Ein Beitrag geteilt von Grünes Atelier (@gruenesatelier)   | page-tool
      Condividi questo articolo su WhatsApp                      | social-prompt
      Condividi l'articolo                                       | social-prompt
      Share this                                                 | social-prompt
      Share this on WhatsApp                                     | social-prompt
      Share this with Facebook                                   | social-prompt
      Diesen Artikel teilen                                      | social-prompt
      La nostra newsletter                                       | social-prompt
      Inserisci la tua email                                     | social-prompt
      Enter your email address                                   | social-prompt
      Ihre E-Mail-Adresse                                        | social-prompt
      Latest newsletter                                          | social-prompt
      Sostieni il nostro giornalismo: fai una donazione          | social-prompt
      Become a patron                                            | social-prompt
      Our newsroom is funded by readers like you                 | social-prompt
      Jetzt spenden und unabhängigen Journalismus unterstützen   | social-prompt
      Commenti precedenti                                        | comment-prompt
      Leave a comment                                            | comment-prompt
      { 14 comments… read them below or add one }                | comment-prompt
      Schreib einen Kommentar                                    | comment-prompt
      12 Kommentare                                              | comment-prompt
      Accesso immediato a tutti gli articoli del giornale        | paywall
      Subscribe to journal                                       | paywall
      Instant access to the full article PDF.                    | paywall
      Price includes VAT for Germany                             | paywall
      In qualità di Affiliato Amazon ricevo un guadagno dagli acquisti idonei. | disclaimer
      As an Amazon Associate we earn from qualifying purchases.  | disclaimer
      Questo sito è protetto da reCAPTCHA                        | disclaimer
      This site is protected by reCAPTCHA and the Google Privacy Policy | disclaimer
      Anzeige symplr                                             | ad-label
      Enter email address                                        | social-prompt
      Corso gratuito di fotografia: iscriviti qui!               | social-prompt
      Join my free drawing course, sign up here!                 | social-prompt
      Qual è il vostro consiglio? Scrivetelo qui sotto nei commenti. | comment-prompt
      What's your best tip? Post it as a comment below.          | comment-prompt
      Ascolta il podcast qui                                     | page-tool
      Listen to the audio podcast here                           | page-tool
      Contattaci oggi                                            | navigation
      Get in touch to book a call                                | navigation
      Contact us about your project                              | navigation
      Scarica la guida gratuita al bonus casa                    | navigation
      Download the 2026 salary report                            | navigation
      Get the checklist: instant download!                       | navigation
      Articolo precedente La giunta approva il bilancio          | navigation
      Articolo successivoNuovo orario per i treni regionali      | navigation
      Vorheriger Artikel++ Wetter am Wochenende: mild ++         | navigation
      Next post: How we tested the new bikes                     | navigation
      Richiedi un preventivo gratuito per la tua cucina          | navigation
      Compila il modulo e ti ricontatteremo entro 24 ore         | navigation
      Get in touch today to see how we can help your business!   | navigation
      Fill out the form to download the brochure.                | navigation
      Tel. 02 1234567                                            | navigation
      +39 06 1234 5678                                           | navigation
      Telefono: 02 1234567 - Email: info@esempio.it              | navigation
      I tuoi dati saranno trattati secondo la nostra informativa sulla privacy. | disclaimer
      Cliccando su Guarda il video accetti la nostra privacy policy | disclaimer
      Your information will be processed according to our Privacy Policy. | disclaimer
      By clicking to watch this video, you agree to our privacy policy. | disclaimer
      Condividi Tweet Pin Email                                  | social-prompt
      Commenti dei lettori                                       | comment-prompt
      124 Reader Comments                                        | comment-prompt
      New, 6 comments                                            | comment-prompt
      1.204 visualizzazioni                                      | page-tool
      Letto 2.318 volte                                          | page-tool
      5343 mal gelesen · 32 Kommentare                           | page-tool
      1.2k views · 35 shares                                     | page-tool
      Reading time about 6 minutes                               | reading-time
      Pubblicato: 2 giorni fa · Ultima modifica: 2 giorni fa     | relative-date
      Posted: 2 days ago Last Modified: 2 days ago               | relative-date
      """)
  void recognisesTheKind(String line, String rule) {
    assertThat(FurnitureRules.match(LineShape.of(line)))
        .hasValueSatisfying(r -> assertThat(r.name().id()).isEqualTo(rule));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "Altro su Milano",
        "Dalla stessa sezione",
        "More stories like this one",
        "Neueste Artikel",
        "Lee también...",
        "Más sobre La Gaceta",
        "Saiba mais",
        "Mehr zum Thema auf Beispiel.de",
        "Keep reading",
        "Read more news like this on example.com",
        "Altri articoli di Cronaca",
        "Altre notizie da Milano",
        "Ultime notizie di Sport",
        "Le più lette",
        "Articoli simili",
        "Video correlati",
        "Leggi gli altri articoli",
        ">> Autostrade, i cantieri dell'estate <<"
      })
  void recognisesRelatedArticleHeaders(String line) {
    assertThat(FurnitureCatalogue.ruleOf(line)).hasValue("related-block");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "Condividere le foto dei figli sui social espone i bambini a rischi, avverte il Garante.",
        "La newsletter del Comune arriverà ogni lunedì a tutti gli iscritti del servizio.",
        "I commenti del ministro hanno acceso il dibattito in aula per tutta la mattina.",
        "Il festival è finanziato dalla Regione e da una raccolta fondi tra i cittadini.",
        "L'accesso al parco resta gratuito per i residenti fino alla fine dell'anno.",
        "Amazon ha aperto un nuovo centro logistico vicino a Bergamo con duecento assunzioni.",
        "Share prices fell by three per cent after the announcement on Monday morning.",
        "Anzeige gegen den Bürgermeister erstattet: die Staatsanwaltschaft ermittelt.",
        "Email e telefono restano i canali preferiti dagli utenti per contattare la banca.",
        "Nei commenti, molti lettori hanno chiesto al sindaco di riaprire la biblioteca.",
        "Il report scaricato dal sito dell'Istat mostra un calo delle nascite del due per cento.",
        "Contattato dal nostro giornale, il sindaco non ha voluto commentare la decisione.",
        "Articolo precedente e articolo successivo della legge sono stati riscritti dal Senato.",
        "Per informazioni chiamare il numero 02 1234567 dalle 9 alle 18.",
        "Stagione 2023 - 2024",
        "I dati dei pazienti sono trattati dall'ospedale con cura, assicura il direttore.",
        "Chi accetti la privacy policy del servizio potrà votare online, spiega il Comune.",
        "Altre notizie da Milano arriveranno nei prossimi giorni, ha detto il sindaco.",
        "I commenti dei lettori sono stati raccolti in un libro dalla redazione."
      })
  void leavesProseThatMentionsTheSameWordsAlone(String line) {
    assertThat(FurnitureRules.match(LineShape.of(line))).isEmpty();
  }
}
