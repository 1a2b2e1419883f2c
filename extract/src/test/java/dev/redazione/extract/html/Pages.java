package dev.redazione.extract.html;

/** Small saved pages written for the tests, each showing one way news sites mark up articles. */
final class Pages {

  private Pages() {}

  /** An Italian news page: JSON-LD in a {@code @graph}, menus, share bar, comments, related. */
  static final String NEWS_WITH_JSON_LD =
      """
      <!DOCTYPE html>
      <html lang="it">
      <head>
      <meta charset="utf-8">
      <title>Il Comune apre tre nuove biblioteche di quartiere | Cronache di Borgo</title>
      <meta property="og:title" content="Il Comune apre tre nuove biblioteche di quartiere">
      <meta property="og:site_name" content="Cronache di Borgo">
      <link rel="canonical" href="https://cronache.example/cultura/biblioteche">
      <script type="application/ld+json">
      {"@context": "https://schema.org", "@graph": [
        {"@type": "WebSite", "@id": "https://cronache.example/#site", "name": "Cronache di Borgo"},
        {"@type": "NewsArticle", "headline": "Il Comune apre tre nuove biblioteche di quartiere",
         "datePublished": "2025-03-04T10:30:00+01:00", "dateModified": "2025-03-05T08:15:00+01:00",
         "author": {"@id": "https://cronache.example/#/person/gb"},
         "publisher": {"@id": "https://cronache.example/#site"}},
        {"@type": "Person", "@id": "https://cronache.example/#/person/gb", "name": "Giulia Bianchi"}
      ]}
      </script>
      <script>window.analytics = {"page": "articolo"};</script>
      </head>
      <body>
      <header class="site-header"><a href="/">Cronache di Borgo</a>
        <nav><ul><li><a href="/cronaca">Cronaca</a></li><li><a href="/cultura">Cultura</a></li>
        <li><a href="/sport">Sport</a></li><li><a href="/commenti">Commenti</a></li></ul></nav>
      </header>
      <main>
      <article>
        <h1>Il Comune apre tre nuove biblioteche di quartiere</h1>
        <p class="byline">di Giulia Bianchi · 4 marzo 2025</p>
        <div class="share-bar"><a href="https://social.example/share">Condividi</a> <a href="#">Stampa</a></div>
        <div class="article-body">
          <p>Le nuove sedi apriranno a maggio nei quartieri di Santa Lucia, Borgo Alto e San Rocco,
          con orari serali e una sala studio aperta anche la domenica.</p>
          <p>«Vogliamo che ogni quartiere abbia un luogo dove leggere, studiare e incontrarsi»,
          ha detto l'assessora alla cultura, che ha presentato il progetto in consiglio.</p>
          <h2>Cosa cambia per i lettori</h2>
          <p>La tessera sarà unica per tutte le sedi e darà accesso al prestito digitale, con
          <a href="/guida-prestito">una guida al prestito</a> pubblicata sul sito del Comune.</p>
          <ul><li>prestito fino a dieci libri per volta</li><li>restituzione in qualunque sede</li></ul>
          <figure><img src="/img/biblioteca.jpg" alt="La sala lettura di Santa Lucia">
          <figcaption>La sala lettura di Santa Lucia, ancora in allestimento</figcaption></figure>
          <blockquote><p>Una biblioteca è il salotto del quartiere.</p></blockquote>
          <p>I lavori sono costati in tutto <em>un milione e duecentomila euro</em>, in parte
          coperti da fondi regionali, e si concluderanno entro la fine di aprile.</p>
        </div>
      </article>
      <section class="comments">
        <h3>Commenti</h3>
        <p>Finalmente una buona notizia per il nostro quartiere, era ora che qualcuno ci pensasse davvero.</p>
        <p>Speriamo che gli orari serali restino anche d'estate, quando la città si svuota.</p>
      </section>
      <aside class="related"><h3>Leggi anche</h3><ul>
        <li><a href="/a">Il nuovo teatro comunale apre a settembre dopo tre anni di lavori</a></li>
        <li><a href="/b">Mercato coperto, i banchi tornano in piazza per tutta l'estate</a></li></ul>
      </aside>
      </main>
      <footer><p>© 2025 Cronache di Borgo - P.IVA 01234567890</p></footer>
      </body>
      </html>
      """;

  /** A page with OpenGraph and article meta tags only: no JSON-LD, no h1. */
  static final String OPEN_GRAPH_ONLY =
      """
      <html>
      <head>
      <meta property="og:type" content="article">
      <meta property="og:title" content="Treni regionali, da lunedì cambia l'orario | Il Corriere della Valle">
      <meta property="article:published_time" content="2024-11-18T07:45:00Z">
      <meta name="author" content="Luca Verdi">
      </head>
      <body>
      <div class="post">
        <div class="post-content">
          <p>Da lunedì i treni regionali della linea della valle seguiranno un nuovo orario, con due
          corse in più al mattino e una corsa serale anticipata di venti minuti.</p>
          <p>La Regione spiega che il cambio serve a coordinare meglio le coincidenze con gli
          autobus diretti alle scuole superiori del capoluogo.</p>
          <p>Testo e foto di Luca Verdi.</p>
        </div>
      </div>
      </body>
      </html>
      """;

  /** A blog post with only a title, a byline element and a date printed for readers. */
  static final String BYLINE_AND_SHOWN_DATE =
      """
      <!doctype html>
      <html lang="it"><head><title>Dieci anni di orto sul balcone</title>
      <meta name="author" content="Redazione SEO"></head>
      <body>
      <div id="page">
        <div class="entry">
          <h1 class="entry-title">Dieci anni di orto sul balcone</h1>
          <div class="entry-meta"><span class="author">di Marta Neri</span>
          <span class="data">12 febbraio 2023</span></div>
          <div class="entry-content">
            <p>Ho iniziato con due vasi di basilico e una pianta di pomodori, senza sapere nulla di
            terra, acqua e sole, e dopo dieci anni il balcone è diventato un piccolo orto.</p>
            <p>Il primo consiglio è semplice: scegliere poche piante, adatte all'esposizione, e
            osservarle ogni giorno prima di comprarne altre.</p>
            <p>Scrivete 3 * 4 vasi, non [tutti] quelli che vedete in negozio.</p>
            <p>1. Questa riga comincia con un numero ma non è un elenco.</p>
          </div>
        </div>
      </div>
      </body></html>
      """;

  /** A home page: teasers and menus, no article. */
  static final String HOME_PAGE =
      """
      <!DOCTYPE html>
      <html><head><title>Cronache di Borgo - Notizie dal territorio</title></head>
      <body>
      <nav><a href="/">Home</a> <a href="/cronaca">Cronaca</a> <a href="/sport">Sport</a></nav>
      <div class="teasers">
        <div class="teaser"><a href="/a"><h2>Il nuovo teatro comunale apre a settembre</h2></a></div>
        <div class="teaser"><a href="/b"><h2>Mercato coperto, i banchi tornano in piazza</h2></a></div>
        <div class="teaser"><a href="/c"><h2>Calcio, la squadra locale vince il derby</h2></a></div>
      </div>
      <footer>Cronache di Borgo</footer>
      </body></html>
      """;
}
