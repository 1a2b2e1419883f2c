package dev.redazione.extract;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * The catalogue of single-line furniture rules: each recognises a kind of page furniture from the
 * line alone (its label, keywords and shape), wherever it stands. Rules that need context — related
 * blocks, author boxes, datelines — live in their own detectors. Patterns are lowercase and matched
 * against the lowercased line, which keeps them fast on long paragraphs.
 */
final class FurnitureRules {

  private static final Pattern AD_LABEL =
      Pattern.compile(
          "(?:pubblicit[àa]|advertisement|advertising|adv|ads?|annunci|annuncio(?: pubblicitario)?"
              + "|sponsor|sponsored|sponsorizzat[oa]|contenut[oi] (?:sponsorizzat[oi]"
              + "|pubblicitari[oi]|promozional[ei])"
              + "|inserzione(?: pubblicitaria)?|spazio pubblicitario|pubbliredazionale|promo"
              + "|(?:l'articolo )?(?:continua|prosegue)(?: a leggere)? (?:dopo"
              + "|sotto) (?:la pubblicit[àa]|l'annuncio)"
              + "|pubblicit[àa] (?:continua a leggere|l'articolo continua)(?: sotto| dopo)?"
              + "|scroll to continue(?: with content)?"
              + "|(?:contenuto|articolo) (?:offerto|promosso|realizzato|sponsorizzato) da .+"
              + "|in collaborazione con .+|sponsored by .+|offerto da .+"
              + "|advertisement\\W+(?:continue reading below|story continues below)"
              + "|advertiser disclosure|anzeige|werbung|publicidad|publicité|publicidade"
              // a German ad label with its network's name (Anzeige symplr)
              + "|anzeige [a-z]+)");
  private static final KeywordPattern AFFILIATE_OFFER =
      KeywordPattern.of(
          "\\b(?:è|sono) (?:disponibil[ei]|in offerta|in sconto|acquistabil[ei]) (?:online )?(?:da"
              + "|su|presso) "
              + "(?:amazon|ebay|unieuro|mediaworld|euronics|trony|monclick|eprice|yeppon|comet"
              + "|expert|aliexpress|tiktok shop)\\b"
              + "|^(?:vedi|scopri|guarda|acquista|compra|controlla)(?: l')?(?: (?:l'|la )?offerta"
              + "| il prezzo| ora| subito)?"
              + "(?: (?:su|da|presso) (?:amazon|ebay|unieuro|mediaworld|euronics"
              + "|trony)(?:\\.it)?)?$"
              + "|^(?:prezzo|miglior prezzo|offerta)\\s*:?\\s*\\d[\\d.,]*\\s*(?:€|euro)$"
              // a shop button
              + "|^(?:ordina|prenota) (?:ora|subito|il libro)$|^(?:jetzt|buch) (?:bestellen|kaufen)$"
              + "|^(?:buy|order|shop) (?:now|the book)$|^(?:compra|comprar|pedir) ahora$"
              + "|^(?:acheter|commander) maintenant$");
  private static final Pattern SECOND_SENTENCE = Pattern.compile("[.!?]\\s+\\p{Lu}");
  private static final KeywordPattern PAYWALL =
      KeywordPattern.of(
          "(?:abbonati|accedi|registrati|iscriviti) (?:per|e) (?:continuare a leggere"
              + "|leggere (?:tutto|l'articolo|gli articoli))"
              + "|(?:contenuto|articolo) (?:è )?riservato (?:agli )?(?:abbonati|iscritti)|sei già abbonato"
              // a subscription box's selling points and notices
              + "|^per continuare a leggere (?:questo articolo|l'articolo)$|^disdici quando vuoi$"
              + "|^accesso a tutti i contenuti(?: del sito)?$|il servizio premium sarà presto disponibile"
              + "|già abbonato\\?"
              + "|per continuare a leggere (?:abbonati|accedi|registrati)|hai (?:raggiunto"
              + "|esaurito) (?:il limite|gli articoli gratuiti)"
              + "|accesso (?:immediato|completo) (?:a tutti gli|all'articolo|agli articoli)"
              + "|l'abbonamento si rinnova|already a subscriber|bereits abonnent"
              + "|(?:subscribe|subscribing) to (?:continue reading|read (?:the full|more)|the journal"
              + "|journal$)|^subscribe to journal|when you subscribe today|instant access to the full"
              + "|subscription will auto.?renew|^price includes vat|^preis inkl\\.? mwst"
              + "|jetzt weiterlesen mit|ya eres suscriptor|déjà abonné"
              // a login prompt: sign in to follow topics, to save articles
              + "|^(?:accedi|registrati) (?:o|e) (?:registrati|accedi) (?:per|a)\\b"
              + "|^(?:sign|log) in or (?:sign up|register|create an account) to\\b"
              + "|^(?:reg[ií]strate|inicia sesi[oó]n|ingres[ae]) (?:o|y) (?:reg[ií]strate"
              + "|reg[ií]strese|inicia sesi[oó]n) (?:para|ac[aá])\\b"
              + "|^(?:melden sie sich an|registrieren sie sich),? um\\b");
  private static final String RELATIVE_DAY =
      "(?:(?:pubblicato|aggiornato|modificato)\\s+)?(?:\\d+|un|una|due|tre|qualche|pochi) "
          + "(?:secondi|minut[oi]|or[ae]|giorn[oi]|settiman[ae]|mes[ei]|ann[oi]) fa"
          + "|(?:(?:pubblicato|aggiornato|modificato|ultimo aggiornamento)\\s*(?:il"
          + "|:)?\\s*)?(?:oggi|ieri)(?:,? (?:alle |ore )?\\d{1,2}[:.]\\d{2})?"
          + "|(?:pubblicato|aggiornato|modificato|ultimo aggiornamento)\\s*(?::|alle"
          + "|ore)?\\s*(?:alle |ore )?\\d{1,2}[:.]\\d{2}"
          // the same in the other languages of pasted pages: 2 hours ago, vor 3 Stunden
          + "|(?:updated |published )?(?:\\d+|an?|one) (?:seconds?|minutes?|mins?|hours?|hrs?"
          + "|days?|weeks?|months?|years?) ago"
          + "|vor (?:\\d+|einer|einem) (?:sekunden?|minuten?|stunden?|tag(?:en)?|wochen?"
          + "|monat(?:en)?|jahr(?:en)?)"
          + "|hace (?:\\d+|un|una|unos|unas) (?:segundos?|minutos?|horas?|d[ií]as?|semanas?"
          + "|mes(?:es)?|años?)"
          + "|il y a (?:\\d+|une?) (?:secondes?|minutes?|heures?|jours?|semaines?|mois|ans?)"
          + "|h[áa] (?:\\d+|uma?) (?:segundos?|minutos?|horas?|dias?|semanas?|mes(?:es)?"
          + "|anos?)";

  /**
   * A date relative to now, maybe labelled ({@code Pubblicato: 2 giorni fa}), and maybe with the
   * time of the last change after it ({@code Posted: 2 days ago Last Modified: 2 days ago}).
   */
  private static final String LABELLED_RELATIVE_DAY =
      "(?:(?:pubblicato|aggiornato|modificato|ultima modifica|posted|published|updated"
          + "|last modified)\\s*:\\s*)?(?:"
          + RELATIVE_DAY
          + ")";

  private static final Pattern RELATIVE_DATE =
      Pattern.compile(
          LABELLED_RELATIVE_DAY + "(?:\\s*[|·•,–-]?\\s*" + LABELLED_RELATIVE_DAY + ")?");
  private static final KeywordPattern PHOTO_CREDIT_END =
      KeywordPattern.of(
          "\\((?:foto[^)]*|ansa[^)]*|getty images[^)]*|ap photo[^)]*|reuters[^)]*|afp[^)]*"
              + "|lapresse[^)]*|shutterstock[^)]*"
              + "|epa[^)]*|credits?:?[^)]*|photo:?[^)]*|immagine:?[^)]*|source:[^)]*"
              + "|[^()]{2,40} / [^()]{2,40})\\)\\.?$"
              + "|^photo by \\S.* on (?:unsplash|pexels)$"
              + "|\\b(?:photo|foto|bild|picture|image|imagen|crédit|credit)s?:\\s*\\S[^.]*$"
              + "|\\s/\\s?(?:afp|ap|reuters|getty images|epa|ansa|dpa|efe|lapresse|imago)\\.?$"
              + "|\\s[-–]\\s(?:ansa|lapresse|ipa|imagoeconomica|agf|fotogramma|getty images)"
              + "(?:\\s*/\\s*\\w+)?$"
              // a caption that says its picture is a stock or archive one
              + "|\\((?:foto|immagine) (?:d'archivio|di repertorio|simbolica)\\)\\.?$"
              + "|\\((?:symbolbild|symbolfoto|archivbild|archivfoto|file photo|stock photo"
              + "|imagen de archivo|foto de archivo|photo d'archives)\\)\\.?$");

  /**
   * A caption under the zoom button of its picture, pasted with it: {@code Vergrößern Ein Blick …}.
   */
  private static final Pattern ZOOM_CAPTION =
      Pattern.compile(
          "^(?:ingrandisci|vergrößern|enlarge(?: this image)?|agrandar|agrandir)\\s+\\S.*");

  /** A picture's file name or placeholder label: {@code infografica 3}, {@code IMG_2041}. */
  private static final Pattern IMAGE_FILE_LABEL =
      Pattern.compile(
          "(?:infografica|infographic|infografik|grafico|grafica|chart|immagine|image|img|foto"
              + "|photo|dsc|screenshot|schermata)[\\s_-]*\\d+(?:[\\s_.-]+(?:\\d+|page|pag|jpe?g|png"
              + "|webp))*");

  /**
   * A source's name in brackets alone on its line, under the quote it credits: {@code [The Verge]}.
   * A citation with a page or a year ({@code [Rossi 2019, p. 41]}) is text.
   */
  private static final Pattern BRACKETED_SOURCE =
      Pattern.compile("\\[\\p{Lu}[\\p{L}&'’.-]*(?: [\\p{L}&'’.-]+){0,2}\\]");

  /** A source link's bare label left from a pasted page: {@code Fonte}, {@code Source}. */
  private static final Pattern SOURCE_LABEL =
      Pattern.compile("fonte|fonti|source|sources|quelle|quellen|fuente|fuentes|fonte da imagem");

  /** The button that closes a promotion box: {@code Richiedi ora}, {@code Apply now}. */
  private static final String APPLY_BUTTON = "apply now|richiedi ora|jetzt bewerben|solicita ahora";

  private static final Pattern APPLY_BUTTON_LABEL = Pattern.compile(APPLY_BUTTON);

  /** The headline of a promotion box has at most this many words. */
  static final int PROMOTION_HEADLINE_MAX_WORDS = 12;

  /**
   * A link back to a page of the site ({@code Torna all'elenco}, {@code Back to blog}, {@code
   * Zurück zur Übersicht}): only the site's own pages, since headlines open with the same words
   * ({@code Torna a splendere il sole}, {@code Back to school}).
   */
  private static final String BACK_LINK =
      "(?:back to|return to) (?:the )?(?:main |all |previous )?(?:top|home ?page|home|main menu|menu"
          + "|blog|news|articles(?: list)?|article list|posts|stories|list|overview|index|contents"
          + "|table of contents|site|website|search results|search|results|category"
          + "|archive)"
          + "|torna (?:su|in alto|indietro|all'inizio|alla home(?: ?page)?|alla pagina (?:iniziale"
          + "|precedente)|all'elenco(?: (?:delle|degli|dei) (?:notizie|articoli|post))?|alla lista"
          + "|all'indice|al sommario|all'archivio"
          + "|alle notizie(?: in home(?: ?page)?)?|agli articoli|al blog|al sito|al menu)"
          + "|zurück(?: (?:zur|zum|zu) (?:startseite|übersicht|inhaltsverzeichnis|seitenanfang"
          + "|listenansicht|webseite|website|blog|menü|suche|liste|allen (?:meldungen|artikeln"
          + "|beiträgen|news)))?"
          + "|retour (?:à l'accueil|en haut(?: de (?:la )?page)?|à la liste|aux articles"
          + "|aux actualités|au blog|au menu|au sommaire)"
          + "|volver (?:a (?:la )?portada|al inicio|arriba|al listado|al blog|a noticias)"
          + "|voltar (?:ao topo|ao início|para a (?:capa|página inicial)|à página inicial)";

  /**
   * A link that skips to a part of the page, as screen readers are offered: {@code Salta al
   * contenuto principale}, {@code Skip to main content}, {@code Zum Inhalt springen}.
   */
  private static final String SKIP_LINK =
      "(?:vai|salta|passa) (?:al|alla|ai|alle) (?:contenut[oi](?: principale)?|menu(?: principale)?"
          + "|navigazione|commenti|ricerca|footer|piè di pagina)"
          + "|(?:skip|jump)(?: directly)? to (?:the )?(?:main )?(?:content|navigation|menu|search"
          + "|footer|section links|bottom of list)"
          + "|(?:direkt )?(?:zum (?:inhalt|hauptinhalt|menü|seitenende|footer)|zur (?:navigation"
          + "|suche|hauptnavigation))(?: springen| wechseln)?"
          + "|aller (?:au contenu(?: principal)?|à la navigation|au menu|à la recherche"
          + "|au pied de page)"
          + "|(?:ir|saltar) al (?:contenido(?: principal)?|menú|pie de página)"
          + "|(?:ir|pular|saltar) para o (?:conteúdo(?: principal)?|menu|rodapé)";

  private static final Pattern NAVIGATION =
      Pattern.compile(
          "(?:"
              + BACK_LINK
              + "|"
              + SKIP_LINK
              + "|sign out|log ?out|abmelden|trending(?: now| news| stories)?"
              + "|view in list|contact us(?: today| now| about your .{1,30})?|kontakt|contacto"
              + "|podcasts?|get in touch(?: today| now)?(?: to .{1,50})?|contattaci(?: ora| oggi)?"
              + "|kontaktieren sie uns(?: .{1,40})?|(?:.+: )?instant download"
              + "|download (?:the |our |your |this )?(?:free )?(?:[\\w&-]+ ){0,5}(?:report|guide"
              + "|e-?book|checklist|white ?paper|template|syllabus|brochure)s?"
              + "|scarica (?:gratis )?(?:la |il |l')?(?:nostra |nostro )?(?:guida|report|e-?book"
              + "|checklist)(?: .{1,40})?"
              + "|download(?: (?:it )?now| the (?:e-?book|report|guide))?|free download|view more"
              + "|view all|see all|alle anzeigen|ver todo|voir tout|vorheriger artikel|nächster artikel"
              + "|menu|menù|apri (?:il )?menu|chiudi(?: menu)?|home|homepage|cerca|search|indietro"
              + "|avanti"
              + "|(?:articolo|notizia|post) (?:precedente|successiv[oa])|(?:pagina"
              + "|notizia) (?:precedente|successiva)"
              + "|precedente|successiv[oa]|pagina \\d+(?: di \\d+)?|mostra (?:di )?(?:più|meno)"
              + "|carica altri(?: articoli| contenuti)?|leggi (?:tutto|di più|l'articolo completo)"
              + "|mostra (?:i |tutti i )?commenti"
              + "|continua a leggere(?: (?:l'articolo|la notizia))?(?: su .+)?"
              + "|guarda la versione integrale(?: sul sito)?|leggi (?:l'articolo )?(?:completo )?su .+|ordina per"
              + "(?: ?:.*)?|vai all'articolo|sezioni|login|accedi|esci|area riservata"
              + "|scopri di più|per saperne di più|scopri tutto"
              + "|loading|caricamento(?: in corso)?|toggle (?:main )?(?:menu|navigation"
              + "|search)|main navigation|our sites|log ?in|sign ?in|sign ?up|log out|my account"
              + "|previous(?: article| post)?|next(?: article| post)?|read more|show more|load more"
              + "|seite drucken|zur startseite|anmelden|einloggen|suche|weiter"
              + "|mehr anzeigen|iniciar sesión|buscar|leer más|ver más"
              + "|se connecter|connexion|rechercher|lire la suite|voir plus"
              + "|entrar|pesquisar|leia mais|ver mais"
              + "|link (?:zum artikel|all'articolo|to (?:the )?article)|zum artikel"
              + "|"
              + APPLY_BUTTON
              // the picker of a product comparison, its counters glued: Seleziona fino a 3
              + "|(?:(?:seleziona|select|wähle|selecciona|sélectionnez) (?:fino a|up to|bis zu"
              + "|hasta|jusqu'à) \\d+\\s*)+)");

  /** A list of topic links ending with the link to all of them: {@code … geometry All topics}. */
  private static final Pattern ALL_TOPICS =
      Pattern.compile(
          "(?:^|\\s)(?:all topics|tutti gli argomenti|alle themen|todos los temas|tous les sujets)$");

  /** A list of topic links has at most this many words. */
  static final int TOPIC_LIST_MAX_WORDS = 25;

  /**
   * One link of a site's footer: who the site is, how to reach it, its legal pages. A line of at
   * least {@value #FOOTER_MIN_LINKS} of them is the footer's row of links.
   */
  private static final KeywordPattern FOOTER_LINK =
      KeywordPattern.of(
          "\\b(?:about(?: us)?|jobs|careers|contact(?: us)?|site ?map|privacy(?: policy)?"
              + "|terms(?: of (?:use|service))?|cookie policy|advertise(?: with us)?|chi siamo"
              + "|contatti|lavora con noi|note legali|mappa del sito|pubblicità|redazione"
              + "|impressum|datenschutz(?:erklärung)?|kontakt|karriere|agb|mediadaten"
              + "|quiénes somos|contacto|aviso legal|mapa del sitio|qui sommes-nous"
              + "|mentions légales|plan du site|quem somos|contato|fale conosco)\\b");

  /** A footer row has at least this many links. */
  static final int FOOTER_MIN_LINKS = 3;

  /** A footer row has at most this share of function words: it is no sentence. */
  static final double FOOTER_MAX_STOP_DENSITY = 0.3;

  /**
   * A link to the previous or next article with its title after the label, often glued to it:
   * {@code Articolo successivoIl governo…}, {@code Vorheriger Artikel++ Wetter …}.
   */
  private static final Pattern PREVIOUS_NEXT =
      Pattern.compile(
          "(?:(?:articolo|post|notizia) (?:precedente|successiv[oa])|(?:previous|next) (?:article"
              + "|post|story)|(?:vorheriger|nächster) (?:artikel|beitrag)|(?:artículo|entrada)"
              + " (?:anterior|siguiente)|article (?:précédent|suivant)|artigo (?:anterior"
              + "|seguinte))\\P{L}?.*");

  /**
   * The placeholder of an embedded gallery, video or post left in the text: a shortcode of a
   * publishing system ({@code [fotogallery id="12"]}, {@code [embed]…[/embed]}).
   */
  private static final Pattern SHORTCODE =
      Pattern.compile(
          "\\[[a-z][a-z0-9_-]*(?:\\s+[a-z0-9_-]+\\s*=\\s*\\S+)+\\s*/?\\]"
              + "|\\[([a-z][a-z0-9_-]*)[^\\]]*\\].*\\[/\\1\\]");

  /** A previous or next link has at most this many words. */
  static final int PREVIOUS_NEXT_MAX_WORDS = 25;

  /** A call to action of a business page: get in touch, ask for a quote, fill in the form. */
  private static final KeywordPattern CALL_TO_ACTION =
      KeywordPattern.of(
          "^(?:contattaci|contattateci|scrivici|chiamaci|richiedi (?:un|il tuo|subito un)"
              + " preventivo|compila il (?:modulo|form)|get in touch|contact us|fill (?:in |out )?"
              + "(?:this|the|our) form|kontaktieren sie uns)\\b");

  /** A call to action has at most this many words. */
  static final int CALL_TO_ACTION_MAX_WORDS = 20;

  /**
   * One piece of contact details: a phone number that a label, a leading {@code +} or its nine
   * digits or more mark as one, or an e-mail address beside it (an address alone may belong to the
   * byline above it, which is read later).
   */
  private static final Pattern CONTACT_PIECE =
      Pattern.compile(
          "[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+"
              + "|(?:tel|telefono|cell|cellulare|fax|phone|telefon|tél|whatsapp)\\.?\\s*:?\\s*"
              + "\\+?\\(?\\d[\\d\\s/().-]{4,}\\d"
              + "|\\+\\d[\\d\\s/().-]{6,}\\d|\\d{2,4}[\\s/.-]?\\d{6,8}"
              + "|(?:e-?mail|mail)\\s*:?",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private static final Pattern CONTACT_SEPARATORS = Pattern.compile("[\\s|,;·•–-]*");

  private static final Pattern BREADCRUMB_MARK = Pattern.compile("[›»→⟩>/|]");
  private static final Pattern BREADCRUMB_SEPARATOR =
      Pattern.compile("\\s*[›»→⟩]\\s*|\\s+[>/|]\\s+");
  private static final Pattern BREADCRUMB_PREFIX =
      Pattern.compile("^(?:sei (?:in|qui)|ti trovi (?:in|qui))\\s*:\\s*");

  /**
   * A counter a page prints beside its headline: how often the article was read or shared ({@code
   * 5343 mal gelesen}, {@code Letto 2.318 volte}, {@code 1.2k views}); a count of comments may
   * follow it, and alone is a comment prompt, as the header of a thread of comments is.
   */
  private static final String COUNTER =
      "(?:(?:letto |visto )?\\d[\\d.,]*[km]?\\s*(?:mal gelesen|aufrufe|views?|reads?|visualizzazioni|letture|lettori"
          + "|volte|visite|shares?|condivisioni|likes?)"
          + "|(?:letture|visualizzazioni|visite|views|reads)\\s*:\\s*\\d[\\d.,]*[km]?)";

  private static final String COMMENT_COUNTER =
      "\\d[\\d.,]*\\s*(?:comments?|kommentare?|commenti|comentarios|commentaires)";

  private static final Pattern PAGE_TOOL =
      Pattern.compile(
          "(?:"
              + COUNTER
              + "(?:\\s*[|·•,]\\s*(?:"
              + COUNTER
              + "|"
              + COMMENT_COUNTER
              + "))*"
              + "|ascolta(?: l'articolo| questo articolo| la notizia| la versione audio(?: dell'articolo)?"
              + "| il podcast)?"
              + "|stampa(?: l'articolo| articolo)?|salva(?: l'articolo| articolo| per dopo)?"
              + "|scarica (?:l'articolo|la pagina)(?: in (?:formato )?pdf(?: .{0,30})?)?"
              + "|(?:articolo|notizia) in aggiornamento"
              + "|aggiungi ai preferiti|copia (?:il )?link|link copiato"
              + "|dimensione (?:del )?(?:testo|carattere)"
              + "|a a a|guarda (?:il )?video|(?:guarda|vai al|vai alla|apri la) (?:gallery|galleria"
              + "|fotogallery)|link copiato(?: negli appunti)?"
              + "|(?:foto)?gallery|galleria fotografica|modalità lettura"
              // a video player's controls and notices, pasted as text
              + "|(?:(?:dis)?attiva audio\\s*)+|(?:indietro|avanti) di \\d+ secondi"
              + "|(?:(?:dis)?attiva schermo intero\\s*)+|attendi solo un istante"
              + "|il video non può essere riprodotto"
              + "|devi disattivare (?:l')?ad-?block per (?:riprodurre|vedere) il video"
              + "|print(?: this)?(?: article| page)?|copied|link copied|view pdf(?:/print mode)?"
              + "|drucken|imprimir|imprimer|text vorlesen|listen(?: to (?:this|the) article)?"
              + "|speichern|merken|guardar|enregistrer|save(?: (?:this )?(?:article|story))?"
              + "|ingrandisci|vergrößern|enlarge(?: this image)?|agrandar|agrandir"
              + "|listen to the (?:audio |full )?(?:podcast|episode|interview)(?: here)?"
              + "|ascolta (?:il podcast|la puntata|l'intervista)(?: qui| completa)?"
              + "|view this post on instagram|visualizza questo post su instagram"
              + "|sieh dir diesen beitrag auf instagram an|ver esta publicación en instagram"
              // an embedded post's credit; the label has lost the closing bracket
              + "|(?:a post shared by|un post condiviso da|ein beitrag geteilt von"
              + "|una publicación compartida de|une publication partagée par)"
              + " .{1,60}\\(@[\\w.]+\\)?)");
  private static final KeywordPattern COPYRIGHT =
      KeywordPattern.of(
          "riproduzione riservata|tutti i diritti (?:sono )?riservati|all rights reserved|©"
              + "|\\(c\\) \\d{4}"
              + "|^copyright\\b|\\bp\\.? ?iva:? ?\\d{11}|partita iva:? ?\\d{11}"
              + "|testata giornalistica registrata|non consente la riproduzione"
              + "|registrazione (?:del |presso il )?tribunale");
  private static final KeywordPattern DISCLAIMER =
      KeywordPattern.of(
          "(?:contenuto|articolo|post|testo|pezzo) (?:è )?(?:stato )?(?:scritto|redatto|pubblicato"
              + "|inviato|realizzato|creato)"
              + " da (?:un|una|uno|un')\\s*(?:utente|lettore|lettrice|membro|iscritto|iscritta"
              + "|collaboratore esterno|blogger)"
              + "|responsabile della pubblicazione|le opinioni espresse"
              + "|non riflettono (?:necessariamente )?"
              + "|link (?:di )?affiliazione|link affiliat|affiliate link|programma di affiliazione"
              + "|(?:potremmo|possiamo|potrebbe|può) ricevere una (?:piccola )?commissione"
              + "|ricev\\w+ una (?:piccola )?commissione"
              + "|se acquisti (?:tramite|attraverso|con) (?:i |questi |uno dei )?(?:nostri )?link"
              + "|(?:contenuto|articolo) sponsorizzato|non costituisc(?:e|ono) (?:consulenza"
              + "|un consiglio|sollecitazione)"
              + "|(?:questo articolo|il testo) (?:è|e') stat[oa] (?:tradott|generat)"
              + "|(?:scritto|generato|redatto) con (?:l'ausilio|il supporto"
              + "|l'aiuto) dell'intelligenza artificiale"
              + "|in qualità di affiliato amazon|as an amazon associate|als amazon-partner verdien"
              + "|(?:protetto|protected) (?:da|by) recaptcha|durch recaptcha geschützt"
              // the privacy notice of a form or an embedded video
              + "|(?:saranno|verranno|sono) trattat[ie] (?:secondo|in conformità|ai sensi)"
              + "|will be processed (?:according to|in accordance with)"
              + "|(?:accetti|acconsenti a|you agree to|akzeptieren sie) (?:la nostra |l'|our |the"
              + " |unsere )?(?:privacy|informativa|terms|termini|datenschutz)");
  private static final Pattern IMAGE_CREDIT =
      Pattern.compile(
          "^(?:foto|fotos|immagine(?: di copertina)?|immagini|image|img|photo|credits?|crediti"
              + "|fonte (?:foto|immagine)|ph\\.?|image copyright|copyright (?:photo|image)|bild"
              + "|crédito|créditos|crédit)"
              + "\\s*(?::|©|\\||-|–|\\bdi\\b|\\bby\\b|\\bvia\\b)\\s*\\S.*"
              + "|^\\((?:foto|nella foto|nelle foto|in foto|immagine|credit|crédito)[^)]*\\)$"
              + "|^image copyright .+|^avatar (?:di|of|von) \\S.{1,40}"
              // the agency a picture is from, over its caption: Fonte: IPA Alfonso Signorini
              + "|^fonte\\s*:\\s*(?:ipa|istock|getty(?: images)?|shutterstock|lapresse|ansa|agf"
              + "|imagoeconomica|afp|reuters|epa|ap|depositphotos|123rf|adobe stock|unsplash|pexels)"
              + "(?:\\s.*)?");
  private static final Pattern READING_TIME =
      Pattern.compile(
          "(?:tempo (?:stimato |previsto )?di lettura(?: stimato| previsto)?|lettura|reading time|estimated reading time|average reading time|read time|lesedauer"
              + "|lesezeit|tiempo de lectura|temps de lecture|tempo de leitura)\\s*:?\\s*(?:circa"
              + " |etwa |ca\\. |about |around |approx\\. )?\\d+\\s*(?:mins?\\.?|minuti|minuto|minutes?|minuten|minutos|m|'"
              + "|secondi|seconds|sekunden|segundos|secondes)"
              + "(?: di lettura)?(?:\\s*circa)?"
              + "|\\d+\\s*(?:mins?\\.?|minuti|minuto|minutes?|minuten|minutos|'|’|′|secondi|seconds"
              + "|sekunden|segundos|secondes)\\s*(?:di lettura"
              + "|read|lettura|reading|lesezeit|lesedauer|de lectura|de lecture|de leitura)");

  /** A sentence end inside a line: a full stop after a word, then a capital. */
  private static final Pattern INNER_SENTENCE_END =
      Pattern.compile("(?<=[\\p{Ll}\\p{N}]{2})[.!?](?=\\s+[\\p{Lu}\"“«])");

  /** A credit in brackets after a full stop credits the text, as agencies do: {@code …. (ANSA).} */
  private static final Pattern WIRE_CREDIT = Pattern.compile("[.!?]\\s*\\([^()]+\\)\\.?$");

  /** Furniture labels are short: at most this many words. */
  static final int LABEL_MAX_WORDS = 8;

  /** A relative date, with the relative time of the page's last change, has at most this many. */
  static final int RELATIVE_DATE_MAX_WORDS = 12;

  /** Prompts to follow, subscribe or share are at most this many words. */
  static final int PROMPT_MAX_WORDS = 35;

  /**
   * The pitch of a newsletter box, between its label and its button, has at most this many words.
   */
  static final int PROMPT_PITCH_MAX_WORDS = 15;

  /** The word that names a newsletter over the pitch of its box. */
  private static final Pattern NEWSLETTER_WORD =
      Pattern.compile("newsletter|boletín|lettre d'information");

  /** Notices (cookie banners, disclaimers) are at most this many words. */
  static final int NOTICE_MAX_WORDS = 80;

  /** A footer's row of links has at most this many words. */
  static final int FOOTER_ROW_MAX_WORDS = 25;

  /** Contact details alone on their line have at most this many words. */
  static final int CONTACT_MAX_WORDS = 12;

  /** A breadcrumb has at most this many words. */
  static final int BREADCRUMB_MAX_WORDS = 25;

  /** The longest line of navigation, whatever its form. */
  static final int NAVIGATION_MAX_WORDS =
      IntStream.of(
              LABEL_MAX_WORDS,
              BREADCRUMB_MAX_WORDS,
              PREVIOUS_NEXT_MAX_WORDS,
              CALL_TO_ACTION_MAX_WORDS,
              CONTACT_MAX_WORDS,
              FOOTER_ROW_MAX_WORDS,
              TOPIC_LIST_MAX_WORDS)
          .max()
          .orElseThrow();

  /** A caption with its credit has at most this many words. */
  static final int CAPTION_MAX_WORDS = 40;

  /**
   * The rules, each with the most words a line it recognises can have, so that a paragraph of prose
   * is not put to every test.
   */
  static final List<FurnitureRule> RULES =
      List.of(
          new FurnitureRule(RuleName.SEPARATOR, 0, line -> true),
          new FurnitureRule(RuleName.AD_LABEL, LABEL_MAX_WORDS, line -> isLabel(line, AD_LABEL)),
          new FurnitureRule(
              RuleName.AFFILIATE_OFFER,
              30,
              line ->
                  isNotice(line, AFFILIATE_OFFER) && !SECOND_SENTENCE.matcher(line.text()).find()),
          new FurnitureRule(RuleName.PAYWALL, PROMPT_MAX_WORDS, line -> isNotice(line, PAYWALL)),
          new FurnitureRule(
              RuleName.RELATIVE_DATE,
              RELATIVE_DATE_MAX_WORDS,
              line -> RELATIVE_DATE.matcher(line.label()).matches()),
          new FurnitureRule(
              RuleName.NAVIGATION, NAVIGATION_MAX_WORDS, FurnitureRules::isNavigation),
          new FurnitureRule(RuleName.PAGE_TOOL, LABEL_MAX_WORDS, line -> isLabel(line, PAGE_TOOL)),
          new FurnitureRule(RuleName.EMBED, 30, line -> SHORTCODE.matcher(line.folded()).matches()),
          new FurnitureRule(
              RuleName.READING_TIME, LABEL_MAX_WORDS, line -> isLabel(line, READING_TIME)),
          new FurnitureRule(
              RuleName.COOKIE_BANNER, NOTICE_MAX_WORDS, ReaderPromptRules::isCookieBanner),
          new FurnitureRule(
              RuleName.SOCIAL_PROMPT, PROMPT_MAX_WORDS, ReaderPromptRules::isSocialPrompt),
          new FurnitureRule(
              RuleName.COMMENT_PROMPT,
              ReaderPromptRules.COMMENT_PROMPT_MAX_WORDS,
              ReaderPromptRules::isCommentPrompt),
          new FurnitureRule(RuleName.COPYRIGHT, 40, line -> isNotice(line, COPYRIGHT)),
          new FurnitureRule(
              RuleName.DISCLAIMER, NOTICE_MAX_WORDS, line -> isNotice(line, DISCLAIMER)),
          new FurnitureRule(
              RuleName.IMAGE_CREDIT, CAPTION_MAX_WORDS, FurnitureRules::isImageCredit));

  private FurnitureRules() {}

  /** The first rule that recognises the line as furniture, if any. */
  static Optional<FurnitureRule> match(LineShape line) {
    for (FurnitureRule rule : RULES) {
      if (rule.matches(line)) {
        return Optional.of(rule);
      }
    }
    return Optional.empty();
  }

  /** Removes every open line that a rule recognises, then the buttons around cookie banners. */
  static void apply(LineLedger ledger) {
    for (int i = 0; i < ledger.size(); i++) {
      if (ledger.isOpen(i)) {
        int index = i;
        match(ledger.shape(i)).ifPresent(rule -> ledger.remove(index, rule.name()));
      }
    }
    for (int i = 0; i < ledger.size(); i++) {
      if (ledger.isRemovedBy(i, RuleName.COOKIE_BANNER)) {
        ReaderPromptRules.removeCookieButtonsAround(ledger, i);
      } else if (ledger.isRemovedBy(i, RuleName.NAVIGATION)
          && APPLY_BUTTON_LABEL.matcher(ledger.shape(i).label()).matches()) {
        removePromotionHeadline(ledger, i);
      } else if (ledger.isOpen(i) && isInsidePromptBox(ledger, i)) {
        ledger.remove(i, RuleName.SOCIAL_PROMPT);
      }
    }
  }

  /**
   * Whether the line is the pitch of a newsletter box, between its label and its button ({@code
   * Iscriviti alla newsletter} / {@code Le notizie di Como ogni mattina} / {@code Iscriviti}): a
   * short line with no sentence end, right between two prompts, the one above naming a newsletter
   * (a line between the buttons of a share bar may be anything).
   */
  private static boolean isInsidePromptBox(LineLedger ledger, int index) {
    LineShape line = ledger.shape(index);
    int above = ledger.previousNonBlank(index);
    int below = ledger.nextNonBlank(index);
    return line.words() <= PROMPT_PITCH_MAX_WORDS
        && !line.isTerminated()
        && above >= 0
        && below >= 0
        && ledger.isRemovedBy(above, RuleName.SOCIAL_PROMPT)
        && ledger.isRemovedBy(below, RuleName.SOCIAL_PROMPT)
        && NEWSLETTER_WORD.matcher(ledger.shape(above).folded()).find();
  }

  /**
   * Removes the headline of a promotion box over its button, a paragraph of its own that is no
   * sentence: {@code Il prestito che fa per te, in 24 ore} then {@code Richiedi ora}.
   */
  private static void removePromotionHeadline(LineLedger ledger, int button) {
    int headline = button - 1;
    while (headline >= 0 && ledger.isBlank(headline)) {
      headline--;
    }
    if (headline <= 0 || !ledger.isOpen(headline) || !ledger.isBlank(headline - 1)) {
      return;
    }
    LineShape line = ledger.shape(headline);
    if (line.words() <= PROMOTION_HEADLINE_MAX_WORDS && !line.isTerminated()) {
      ledger.remove(headline, RuleName.NAVIGATION);
    }
  }

  /** Whether the text is a reading time such as {@code 3 min di lettura}. */
  static boolean isReadingTime(String text) {
    return READING_TIME.matcher(text.toLowerCase(java.util.Locale.ITALIAN)).matches();
  }

  static boolean isLabel(LineShape line, Pattern labels) {
    return line.words() <= LABEL_MAX_WORDS && labels.matcher(line.label()).matches();
  }

  private static boolean isNotice(LineShape line, KeywordPattern notice) {
    return notice.foundIn(line.folded());
  }

  /**
   * A menu entry or breadcrumb, a link to the previous or next article, a call to action, or
   * contact details alone on their line.
   */
  private static boolean isNavigation(LineShape line) {
    return isLabel(line, NAVIGATION)
        || isBreadcrumb(line)
        || line.words() <= PREVIOUS_NEXT_MAX_WORDS
            && !line.isTerminated()
            && PREVIOUS_NEXT.matcher(line.lower()).matches()
        || line.words() <= CALL_TO_ACTION_MAX_WORDS && CALL_TO_ACTION.foundIn(line.folded())
        || isContactDetails(line)
        || isFooterRow(line)
        || line.words() <= TOPIC_LIST_MAX_WORDS
            && !line.isTerminated()
            && ALL_TOPICS.matcher(line.label()).find();
  }

  /**
   * A row of footer links glued into one line: {@code About Jobs Contact Us Site Map}. Few function
   * words stand between the links, or nothing but the links is left: it is no sentence.
   */
  private static boolean isFooterRow(LineShape line) {
    if (line.words() > FOOTER_ROW_MAX_WORDS
        || line.isTerminated()
        || !FOOTER_LINK.foundIn(line.folded())) {
      return false; // no link at all, the common case, is told by the keywords alone
    }
    java.util.regex.Matcher links = FOOTER_LINK.pattern().matcher(line.folded());
    int count = 0;
    while (links.find()) {
      count++;
    }
    return count >= FOOTER_MIN_LINKS
        && (line.stopDensity() <= FOOTER_MAX_STOP_DENSITY
            || LineShape.of(links.replaceAll(" ").strip()).words() == 0);
  }

  /** Whether the line holds only contact details: {@code Tel. 02 1234567 | info@…}. */
  private static boolean isContactDetails(LineShape line) {
    if (line.words() > CONTACT_MAX_WORDS || !hasDigitRun(line.text())) {
      return false;
    }
    String rest = CONTACT_PIECE.matcher(line.text()).replaceAll("");
    return !rest.equals(line.text()) && CONTACT_SEPARATORS.matcher(rest).matches();
  }

  private static boolean hasDigitRun(String text) {
    int digits = 0;
    for (int i = 0; i < text.length(); i++) {
      if (Character.isDigit(text.charAt(i))) {
        digits++;
      }
    }
    return digits >= 6;
  }

  private static boolean isBreadcrumb(LineShape line) {
    if (line.words() > BREADCRUMB_MAX_WORDS || !BREADCRUMB_MARK.matcher(line.text()).find()) {
      return false;
    }
    String text = BREADCRUMB_PREFIX.matcher(line.lower()).replaceFirst("");
    String[] segments = BREADCRUMB_SEPARATOR.split(text, -1);
    if (segments.length < 2) {
      return false;
    }
    for (int i = 0; i < segments.length; i++) {
      LineShape segment = LineShape.of(segments[i].strip());
      boolean last = i == segments.length - 1;
      if (segment.words() == 0
          || segment.words() > (last ? 15 : 5)
          || (!last && segment.isTerminated())) {
        return false;
      }
    }
    String first = segments[0].strip();
    boolean home = first.equals("home") || first.equals("homepage") || first.equals("home page");
    return home || segments.length >= 3 && text.matches(".*[›»→⟩].*");
  }

  /**
   * A credit alone, or a caption ending with its photo credit. A paragraph ending with a wire
   * credit ({@code … ha detto il ministro. (ANSA).}) is text: a caption has no sentence end before
   * its credit.
   */
  private static boolean isImageCredit(LineShape line) {
    return line.words() <= 12 && !line.isStatement() && IMAGE_CREDIT.matcher(line.lower()).matches()
        || line.words() <= 2 && SOURCE_LABEL.matcher(line.label()).matches()
        || BRACKETED_SOURCE.matcher(line.text()).matches()
        || line.words() <= 8
            && Character.isLowerCase(line.text().charAt(0))
            && IMAGE_FILE_LABEL.matcher(line.lower()).matches()
        || ZOOM_CAPTION.matcher(line.lower()).matches()
        || PHOTO_CREDIT_END.foundIn(line.lower())
            && !INNER_SENTENCE_END.matcher(line.text()).find()
            && !WIRE_CREDIT.matcher(line.text()).find();
  }
}
