package dev.redazione.extract;

import static dev.redazione.extract.Expectation.expect;

import dev.redazione.core.Origin;
import java.util.List;

/**
 * The headline of a whole page pasted, found around the main text: over its deck, a sentence nearer
 * the text that tells it better; over a byline naming an office, not a person; ending with a full
 * stop, so that it reads as the main text's first sentence; repeated inside the first paragraph;
 * printed twice, over a deck or around a picture; far below a first line that shares a word with
 * the text, behind the page's menus; under a site's notice or tagline that tells the text nothing;
 * and under a picture's caption ending with its credit in brackets.
 */
final class WholePageHeadlineCases {

  private WholePageHeadlineCases() {}

  static List<ArticleCase> all() {
    return List.of(
        new ArticleCase(
            "page-whose-headline-is-printed-twice-over-a-deck-that-tells-the-text-better",
            """
            Accedi
            Abbonati
            Ora in onda:
            Mondiali di nuoto, l'Italia chiude con sei medaglie e due record europei
            Mondiali di nuoto, l'Italia chiude con sei medaglie e due record europei
            Sei medaglie per la squadra azzurra di nuoto ai mondiali

            di Paolo Ferri
            28 luglio 2025, 21:10

            La squadra azzurra di nuoto torna dai mondiali con sei medaglie, due ori, tre argenti e un bronzo, e con due record europei nella staffetta e nei cento farfalla.

            Il commissario tecnico ha detto che la squadra non era mai arrivata così in alto e che i più giovani hanno nuotato meglio del previsto.
            """,
            expect()
                .title("Mondiali di nuoto, l'Italia chiude con sei medaglie e due record europei")
                .keeps("La squadra azzurra di nuoto torna dai mondiali con sei medaglie")),
        new ArticleCase(
            "page-whose-headline-is-printed-over-and-under-a-picture-with-its-credit",
            """
            Sostienici
            Newsletter
            Cosa cambia per chi affitta casa agli studenti fuori sede
            Due studentesse davanti a un portone del centro storico, il 3 settembre 2025. Foto: Anna Neri/Agenzia
            Cosa cambia per chi affitta casa agli studenti fuori sede
            Un contratto di nove mesi per le stanze affittate agli studenti fuori sede

            Giulia Sala, Marco Riva
            4 settembre 2025, 08:15

            Dal primo ottobre chi affitta una stanza a uno studente fuori sede potrà usare un nuovo contratto di nove mesi, con un canone più basso e uno sconto sulle tasse per il proprietario.

            Le associazioni degli studenti chiedono da anni contratti più brevi, che seguano il calendario delle lezioni e non l'anno solare.
            """,
            expect()
                .title("Cosa cambia per chi affitta casa agli studenti fuori sede")
                .keeps("Dal primo ottobre chi affitta una stanza a uno studente fuori sede")),
        new ArticleCase(
            "page-whose-headline-ends-with-a-full-stop",
            """
            Home
            Meteo
            Imposta la tua città
            Inserisci il nome della città o il codice postale
            Spettacoli
            Il festival del cinema cambia sede. E sceglie il lungomare per la prossima edizione.
            Aggiornato il 19 novembre 2024, 9:41

            Il festival del cinema lascerà il vecchio teatro del centro e si terrà sul lungomare dalla prossima edizione, con uno schermo all'aperto davanti alla spiaggia e tre sale nei padiglioni della fiera.

            Il comitato del festival ha spiegato che il teatro non bastava più per il pubblico degli ultimi anni, cresciuto fino a quarantamila spettatori.
            """,
            expect()
                .title(
                    "Il festival del cinema cambia sede. E sceglie il lungomare per la prossima"
                        + " edizione.")
                .keeps("Il festival del cinema lascerà il vecchio teatro del centro")),
        new ArticleCase(
            "page-whose-headline-is-repeated-inside-the-first-paragraph",
            """
            Cerca
            Di tendenza:
            Elezioni
            Meteo
            La regione raddoppia i fondi per le biblioteche di paese
            di Sara Galli - 19/11/24 06:56

            Sara GalliLa regione raddoppia i fondi per le biblioteche di paese La giunta regionale ha approvato ieri un piano che raddoppia i fondi per le biblioteche dei comuni sotto i cinquemila abitanti, con nuovi orari di apertura e più libri per i ragazzi.

            Il piano prevede anche corsi per i volontari che tengono aperte le biblioteche più piccole nei fine settimana.
            """,
            expect()
                .title("La regione raddoppia i fondi per le biblioteche di paese")
                .keeps("La giunta regionale ha approvato ieri un piano")),
        new ArticleCase(
            "page-whose-headline-has-a-deck-twice-as-long-under-it",
            """
            Home
            Cronaca
            Politica
            Economia
            Ponte vecchio chiuso fino ad aprile
            Il comune chiude il ponte vecchio per i lavori ai piloni danneggiati dalla piena del fiume
            di Marco Bellini
            19 novembre 2024

            Il comune chiude il ponte vecchio da gennaio ad aprile per i lavori ai piloni, danneggiati dalla piena del fiume dello scorso autunno, e apre una passerella per i pedoni.

            La giunta ha spiegato che la passerella provvisoria permetterà ai pedoni di attraversare il fiume durante tutto il cantiere.
            """,
            expect()
                .title("Ponte vecchio chiuso fino ad aprile")
                .subtitle(
                    "Il comune chiude il ponte vecchio per i lavori ai piloni danneggiati dalla"
                        + " piena del fiume")
                .keeps("Il comune chiude il ponte vecchio da gennaio ad aprile")),
        new ArticleCase(
            "page-whose-headline-has-an-office-byline-under-it",
            """
            Home
            Scienza
            Spazio
            Tecnologia
            Una sonda europea fotografa i ghiacci del polo sud di Marte
            by European Space Agency
            Le immagini mostrano strati di ghiaccio e polvere accumulati in milioni di anni sotto la superficie del pianeta.

            Le immagini mostrano strati di ghiaccio e polvere accumulati in milioni di anni sotto la superficie del pianeta rosso, fotografati dalla sonda durante l'ultimo passaggio sul polo sud.

            Gli scienziati della missione studieranno gli strati per capire come è cambiato il clima di Marte nel corso del tempo.
            """,
            expect()
                .title("Una sonda europea fotografa i ghiacci del polo sud di Marte")
                .keeps("Gli scienziati della missione studieranno gli strati")),
        new ArticleCase(
            "page-opening-with-a-site-notice-over-its-headline-and-an-unlabelled-byline",
            """
            Benvenuti nell'edizione europea del nostro network
            Scopri di più

            Il Tevere in piena allaga le banchine e chiude tre ponti a Roma
            Laura Conti e Pietro Gallo RADIO CITTÀ
            Pubblicato il 12 novembre 2025 alle 18:40
            Il Tevere in piena ha allagato nella notte le banchine del centro di Roma, e il comune ha chiuso tre ponti al traffico fino a quando il livello del fiume non tornerà a scendere.

            La protezione civile ha chiesto ai cittadini di non avvicinarsi agli argini e di evitare i sottopassi vicini al fiume.
            """,
            expect()
                .title("Il Tevere in piena allaga le banchine e chiude tre ponti a Roma")
                .authors(Origin.BYLINE, "Laura Conti", "Pietro Gallo")
                .keeps("Il Tevere in piena ha allagato nella notte le banchine")),
        new ArticleCase(
            "page-opening-with-the-sites-tagline-right-over-its-headline",
            """
            Un giornale indipendente, sostenuto dai lettori.
            Le scuole della provincia riaprono dopo la grandinata di ottobre

            Foto di Luca Bassi

            La grandine che a ottobre aveva rotto i tetti di undici scuole della provincia ha costretto gli studenti a settimane di lezioni nelle palestre, e da lunedì le scuole riaprono tutte.

            I lavori sono costati due milioni di euro, pagati per metà dalla regione e per metà dai comuni.
            """,
            expect()
                .title("Le scuole della provincia riaprono dopo la grandinata di ottobre")
                .keeps("La grandine che a ottobre aveva rotto i tetti di undici scuole")),
        new ArticleCase(
            "page-whose-picture-caption-with-its-bracketed-credit-stands-over-the-headline",
            """
            Ultime notizie
            Sezioni
            Il fronte del ghiacciaio della Marmolada. (Agenzia Spaziale Europea/Programma Copernicus)
            AMBIENTE
            Metà del ghiaccio perso in vent'anni, l'allarme degli scienziati per le Dolomiti

            MARIA ROSSI, GREEN REPORT
            18 NOV 2025
            Uno studio dell'Agenzia Spaziale Europea ha misurato con i dati del programma Copernicus quanto si è ritirato il fronte del ghiacciaio della Marmolada dal 2005 a oggi, e il ghiacciaio ha perso metà del suo volume.

            I ricercatori prevedono che senza un calo delle temperature estive il ghiacciaio sparirà entro il 2050.
            """,
            expect()
                .title(
                    "Metà del ghiaccio perso in vent'anni, l'allarme degli scienziati per le Dolomiti")
                .keeps("Uno studio dell'Agenzia Spaziale Europea ha misurato")));
  }
}
