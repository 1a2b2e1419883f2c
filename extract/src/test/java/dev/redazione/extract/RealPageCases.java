package dev.redazione.extract;

import static dev.redazione.extract.Expectation.expect;

import dev.redazione.core.DatePrecision;
import dev.redazione.core.Origin;
import java.util.List;

/**
 * Pastes shaped like the real pages extraction used to fail on: long menus with a "Commenti" entry
 * above the article, widget and dialog lines, headlines with a full stop, an author and date on one
 * line, a paragraph ending with a wire credit, players and reading times, pages in English, texts
 * without a title line.
 */
final class RealPageCases {

  private RealPageCases() {}

  static List<ArticleCase> all() {
    return List.of(
        new ArticleCase(
            "newspaper-page-with-menu-and-wire-credit",
            """
            Menu Cerca
            Cronaca
            Politica
            Economia
            Programmi TV
            Commenti
            Sport
            Hai salvato un nuovo articolo
            Ok Annulla

            Il caso delle tariffe. Cosa cambia per i pendolari da gennaio

            Marco Pizzorno 4 Febbraio 2025 - 14:41

            Ascolta la versione audio dell'articolo
            7' di lettura

            La Regione ha approvato ieri sera il nuovo piano delle tariffe per i treni regionali, che entrerà in vigore dal primo gennaio e riguarda circa duecentomila abbonati.
            Secondo l’assessore ai trasporti, gli aumenti saranno contenuti e accompagnati da nuove agevolazioni per gli studenti e per chi ha un reddito basso.
            Le associazioni dei consumatori hanno chiesto un incontro urgente per discutere le modifiche, che giudicano troppo onerose per le famiglie. (ANSA).

            Loading...
            Devi essere connesso per inviare un commento.
            Leggi anche
            Sciopero dei treni, le fasce garantite
            Nuove linee dei bus in città
            """,
            expect()
                .title("Il caso delle tariffe. Cosa cambia per i pendolari da gennaio")
                .date("2025-02-04T14:41", DatePrecision.TIME)
                .authors(Origin.BYLINE, "Marco Pizzorno")
                .keeps(
                    "La Regione ha approvato ieri sera", "troppo onerose per le famiglie. (ANSA).")
                .drops(
                    "Programmi TV",
                    "Ok Annulla",
                    "Loading",
                    "7' di lettura",
                    "audio",
                    "Devi essere")
                .paragraphs(3)),
        new ArticleCase(
            "english-page-with-byline-and-date",
            """
            Skip to main content
            News
            World
            Sign in
            Search
            Toggle main menu
            Scientists find water vapour on a distant moon
            By Anna Smith
            November 19, 2019 8:54 am PT
            Share
            Facebook
            Twitter
            Scientists said on Monday that they had found water vapour above the surface of a distant moon, a discovery that makes it a stronger candidate in the search for life.
            The team used a telescope in Hawaii to study the light reflected by the moon over several nights, and they found the signature of water in it.
            "It is a first step," said the lead author of the study, who works at the space agency.
            Related stories
            Another moon, another ocean
            © 2019 The Daily Example. All rights reserved.
            """,
            expect()
                .title("Scientists find water vapour on a distant moon")
                .date("2019-11-19T08:54", DatePrecision.TIME)
                .authors(Origin.BYLINE, "Anna Smith")
                .keeps("Scientists said on Monday", "\"It is a first step,\"")
                .drops("Sign in", "Toggle main menu", "Another moon")
                .paragraphs(3)),
        new ArticleCase(
            "stored-text-without-a-title-line",
            """
            Loading...
            12 feb 2024
            Il consiglio comunale ha approvato nella notte il bilancio di previsione, dopo una seduta durata più di sei ore e segnata da un lungo scontro tra maggioranza e opposizione.
            Il documento prevede più fondi per le scuole e per la manutenzione delle strade, mentre restano invariate le tariffe dei servizi.
            """,
            expect()
                .derivedTitle(
                    "Il consiglio comunale ha approvato nella notte il bilancio di previsione")
                .date("2024-02-12", DatePrecision.DAY)
                .drops("Loading")
                .paragraphs(2)),
        new ArticleCase(
            "headline-glued-to-its-date",
            """
            Calendario delle gare 2025 lunedì, 3 marzo 2025 alle 10:41
            La federazione ha pubblicato il calendario delle gare della prossima stagione, che comincerà ad aprile e si chiuderà a novembre con la finale nazionale.
            Le squadre iscritte sono venti, due in più dell’anno scorso.
            """,
            expect()
                .title("Calendario delle gare 2025")
                .date("2025-03-03T10:41", DatePrecision.TIME)
                .paragraphs(2)),
        new ArticleCase(
            "comments-menu-entry-above-the-article-is-no-thread",
            """
            Home
            Commenti
            Rispondi
            Il museo riapre dopo due anni di lavori
            Il museo civico riapre al pubblico sabato, dopo due anni di lavori che hanno rinnovato le sale e l’impianto di illuminazione delle opere più antiche.
            L’ingresso sarà gratuito per tutto il primo mese, e le visite guidate si potranno prenotare sul sito del comune.
            Commenti
            Mario: finalmente!
            Rispondi
            """,
            expect()
                .title("Il museo riapre dopo due anni di lavori")
                .keeps("Il museo civico riapre", "le visite guidate si potranno prenotare")
                .drops("finalmente")
                .paragraphs(2)));
  }
}
