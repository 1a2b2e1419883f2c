package dev.redazione.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FurnitureRulesTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      Pubblicità                                             | ad-label
      PUBBLICITÀ                                             | ad-label
      — Advertisement —                                      | ad-label
      Contenuto sponsorizzato                                | ad-label
      Continua a leggere dopo la pubblicità                  | ad-label
      back to top                                            | navigation
      Torna su                                               | navigation
      ← Torna all'elenco delle notizie                       | navigation
      Torna alla pagina iniziale                             | navigation
      Salta al contenuto principale                          | navigation
      Vai alla navigazione                                   | navigation
      Zurück zur Übersicht                                   | navigation
      Retour à l'accueil                                     | navigation
      Skip to the main content                               | navigation
      Zum Hauptinhalt springen                               | navigation
      Home › Sezione › Intelligenza artificiale              | navigation
      Sei in: Home / Economia / Lavoro                       | navigation
      Tecnologia » Smartphone » Android                      | navigation
      Articolo successivo                                    | navigation
      Ascolta l'articolo                                     | page-tool
      Link copiato negli appunti                             | page-tool
      Tempo di lettura: 4 minuti                             | reading-time
      tempo di lettura previsto 2 min. circa                 | reading-time
      45 secondi di lettura                                  | reading-time
      3 min di lettura                                       | reading-time
      Condividi                                              | social-prompt
      Facebook Twitter WhatsApp Telegram                     | social-prompt
      12 SHARES Condividi Tweet                              | social-prompt
      Iscriviti a Google News Per restare sempre aggiornato seguici su Google News! Seguici | social-prompt
      Segui HDblog su Telegram                               | social-prompt
      Iscriviti alla nostra newsletter gratuita              | social-prompt
      Resta aggiornato: unisciti al nostro canale WhatsApp   | social-prompt
      Utilizziamo i cookie per migliorare la tua esperienza. Cliccando su Accetta acconsenti. | cookie-banner
      Accetta tutti                                          | cookie-banner
      Centro preferenze privacy                              | cookie-banner
      Gentile utente, la informiamo che il sito e alcuni partner installano cookie di profilazione. | cookie-banner
      Soucieux de vos données, nous vous informons que des tiers utilisent des cookies. | cookie-banner
      Come utilizziamo i cookie                              | cookie-banner
      Privacy Settings                                       | cookie-banner
      Datenschutzeinstellungen                               | cookie-banner
      Diese Webseite verwendet Cookies. Indem Sie weiter die Seite besuchen, stimmen Sie der Verwendung von Cookies zu. | cookie-banner
      Lascia un commento                                     | comment-prompt
      12 commenti                                            | comment-prompt
      Cosa ne pensate? Fatecelo sapere nei commenti.         | comment-prompt
      Riproduzione riservata ©                               | copyright
      © RIPRODUZIONE RISERVATA                               | copyright
      Tutti i diritti riservati                              | copyright
      Questo contenuto è stato scritto da un utente della Community. Il responsabile della pubblicazione è esclusivamente il suo autore. | disclaimer
      Questo articolo contiene link di affiliazione          | disclaimer
      Questo articolo è stato tradotto automaticamente dall'inglese. | disclaimer
      Il testo e' stata generata in parte da un modello linguistico. | disclaimer
      Articolo scritto con l'ausilio dell'intelligenza artificiale. | disclaimer
      Foto: Ansa                                             | image-credit
      Fonte: IPA Il sindaco al taglio del nastro              | image-credit
      Fonte: iStock                                          | image-credit
      (nella foto il sindaco con la giunta)                  | image-credit
      Scarica l’articolo in pdf / txt / rtf /                | page-tool
      Letture: 2.545                                         | page-tool
      Disattiva audio Disattiva audio Attiva audio           | page-tool
      Indietro di 10 secondi                                 | page-tool
      Il video non può essere riprodotto.                    | page-tool
      Devi disattivare ad-block per riprodurre il video.     | page-tool
      Guarda la versione integrale sul sito                  | navigation
      Questo contenuto è riservato agli abbonati premium     | paywall
      Per continuare a leggere questo articolo               | paywall
      DISDICI QUANDO VUOI                                    | paywall
      Avatar di Marta Colonna                                | image-credit
      Questo editore non consente la riproduzione intera dell'articolo. | copyright
      In Italia i gatti di casa sono sette milioni - Ansa /CorriereTv | image-credit
      Commenti scrivi/Scopri i commenti                      | comment-prompt
      Condividi le tue opinioni su Gazzetta di Borgo         | comment-prompt
      I vigili del fuoco al lavoro sul tetto - LaPresse      | image-credit
      Photo by Jane Doe on Unsplash                          | image-credit
      Il presidente al Quirinale (ANSA/Ufficio stampa)       | image-credit
      Vedi offerta su Amazon                                 | affiliate-offer
      Sei già abbonato? Accedi                               | paywall
      2 ore fa                                               | relative-date
      Aggiornato alle 12:05                                  | relative-date
      * * *                                                  | separator
      """)
  void recognisesFurnitureWhateverItsExactWording(String line, String rule) {
    assertThat(FurnitureRules.match(LineShape.of(line)))
        .hasValueSatisfying(r -> assertThat(r.name().id()).isEqualTo(rule));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "La pubblicità online cambia con le nuove regole europee",
        "Il Garante ha sanzionato un editore perché il banner dei cookie non permetteva di rifiutare il tracciamento.",
        "Gli utenti potranno condividere su WhatsApp e Telegram solo i contenuti pubblici, spiega la Commissione.",
        "Google News ha cambiato il modo in cui ordina le notizie locali.",
        "La causa per violazione del copyright intentata dal New York Times è ancora aperta.",
        "Nei commenti, molti utenti hanno criticato la scelta dell’azienda.",
        "Home banking, i consigli per difendersi dalle truffe",
        "Le perdite di OpenAI",
        "Torna a splendere il sole sulla Riviera",
        "Torna al Teatro alla Scala la Tosca di Puccini",
        "Back to school: cosa cambia per le famiglie",
        "Privacy",
        "Cookies",
        "La privacy dei minori online",
        "Il sistema resta aggiornato grazie alle patch mensili di sicurezza.",
        "Foto e video occupano gran parte dello spazio degli smartphone.",
        "Fonte: Istat, rilevazione sulle forze di lavoro",
        "Il mercato dei cambi - Ansa.it",
        "Dieci secondi di silenzio per le vittime",
        "Attiva il nuovo servizio per le famiglie",
        "Avanti di dieci punti nei sondaggi"
      })
  void leavesProseAndHeadingsAlone(String line) {
    assertThat(FurnitureRules.match(LineShape.of(line))).isEmpty();
  }
}
