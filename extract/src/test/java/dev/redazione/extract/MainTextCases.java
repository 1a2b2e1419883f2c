package dev.redazione.extract;

import static dev.redazione.extract.Expectation.expect;

import java.util.List;

/**
 * Where the main text of a paste starts and ends: a long paragraph of page furniture far from the
 * article (a footer notice under a long menu) is no part of it, nor is a reader comment longer than
 * any run of the article's paragraphs, and the links, teasers and contact lines around the article
 * leave the body while its paragraphs stay.
 */
final class MainTextCases {

  private MainTextCases() {}

  static List<ArticleCase> all() {
    return List.of(
        new ArticleCase(
            "footer-notice-far-below-the-article",
            """
            Borsa, Piazza Affari chiude in rialzo trainata dalle banche

            Milano ha chiuso la seduta di martedì in rialzo dell'1,2 per cento, trainata dai titoli bancari dopo i conti trimestrali migliori delle attese e un calo dello spread.

            Gli analisti si aspettano che la tendenza continui anche nelle prossime settimane, almeno fino alla riunione della Banca centrale europea di giugno.

            Il petrolio torna sopra gli ottanta dollari

            Tra i titoli migliori della giornata ci sono state le banche medie, che hanno guadagnato fino al quattro per cento dopo la pubblicazione dei risultati del primo trimestre.

            In calo invece i titoli del lusso, penalizzati dai dati deboli arrivati dalla Cina e da un euro più forte rispetto al dollaro nelle ultime sedute.

            Seguici su Facebook
            Cronaca
            Politica
            Economia
            Sport
            Cultura
            Motori
            Salute
            Viaggi
            Meteo
            Oroscopo
            Milano
            Roma
            Torino
            Napoli
            Bologna
            Firenze
            Genova
            Venezia
            Bari
            Palermo
            Video
            Foto
            Podcast
            Newsletter
            Edicola digitale
            Abbonamenti
            Redazione
            Contatti
            Lavora con noi
            Pubblicità
            Le quotazioni di borsa pubblicate in queste pagine sono fornite da un operatore esterno con un ritardo di almeno quindici minuti e hanno un valore soltanto informativo, per cui la redazione non risponde di eventuali errori o ritardi nella loro pubblicazione né dell'uso che ne viene fatto da parte dei lettori, che sono invitati a verificare sempre i dati presso la propria banca o il proprio intermediario prima di prendere qualunque decisione di investimento, di acquisto o di vendita di titoli quotati sui mercati regolamentati italiani ed esteri.
            """,
            expect()
                .title("Borsa, Piazza Affari chiude in rialzo trainata dalle banche")
                .keeps("Milano ha chiuso la seduta di martedì", "In calo invece i titoli del lusso")
                .drops("Oroscopo", "Lavora con noi", "Le quotazioni di borsa pubblicate")
                .noCode("MAIN_TEXT_LOST")),
        new ArticleCase(
            "links-teasers-and-contacts-around-the-article",
            """
            Nuovo orario estivo per i treni regionali della Liguria

            Da domenica entra in vigore l'orario estivo dei treni regionali, con corse in più verso le località di mare nei fine settimana e alcune modifiche agli orari della sera.

            >> Autostrade, i cantieri dell'estate in Liguria <<

            Le nuove corse sono state decise insieme alla Regione, che ha stanziato due milioni di euro per coprire i costi del servizio aggiuntivo fino alla fine di settembre.

            Articolo precedente La giunta approva il bilancio
            Articolo successivoCantieri sulla linea di costa, le date
            Per informazioni sull'abbonamento
            Tel. 010 1234567
            redazione@esempio.it
            """,
            expect()
                .title("Nuovo orario estivo per i treni regionali della Liguria")
                .keeps(
                    "Da domenica entra in vigore l'orario estivo",
                    "Le nuove corse sono state decise insieme alla Regione")
                .drops(
                    "Autostrade, i cantieri",
                    "La giunta approva il bilancio",
                    "Cantieri sulla linea di costa",
                    "1234567",
                    "redazione@esempio.it")
                .noCode("MAIN_TEXT_LOST")),
        new ArticleCase(
            "comment-longer-than-the-article-paragraphs",
            """
            Riapre la biblioteca civica dopo due anni di lavori

            La biblioteca civica riapre lunedì dopo due anni di lavori, con una nuova sala studio al primo piano e l'orario esteso fino alle dieci di sera.

            I nuovi spazi

            Il progetto è costato un milione e mezzo di euro, finanziato in gran parte con i fondi europei per la riqualificazione degli edifici pubblici.

            I lavori hanno riguardato anche il tetto e gli impianti, che non erano stati rinnovati dagli anni Ottanta.

            2 commenti
            Giulia Bianchi
            12 marzo 2025 alle 10:12
            Finalmente! Ci andavo da studentessa e mi è mancata moltissimo in questi due anni, soprattutto nei mesi degli esami, quando a casa non riuscivo a concentrarmi e le aule dell'università erano sempre piene fin dalla mattina presto.
            Spero che adesso tengano aperto anche la domenica, almeno durante la sessione invernale e quella estiva, perché per chi lavora durante la settimana è l'unico giorno in cui si può studiare con calma e senza fretta.
            Rispondi
            Marco Verdi
            12 marzo 2025 alle 11:40
            Bella notizia per tutto il quartiere.
            Rispondi
            """,
            expect()
                .title("Riapre la biblioteca civica dopo due anni di lavori")
                .keeps(
                    "La biblioteca civica riapre lunedì",
                    "I lavori hanno riguardato anche il tetto")
                .drops("Finalmente!", "Spero che adesso tengano aperto", "Bella notizia")
                .noCode("MAIN_TEXT_LOST")));
  }
}
