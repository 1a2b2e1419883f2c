package dev.redazione.extract;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * Recognises furniture addressed to the reader: share bars and follow or subscribe prompts (Google
 * News, newsletters, Telegram and WhatsApp channels), cookie consent banners with their buttons,
 * and comment prompts. Prose that merely mentions cookies, newsletters or comments is not addressed
 * to the reader and is left alone. Patterns are lowercase, matched against the lowercased line.
 */
final class ReaderPromptRules {

  private static final Set<String> SOCIAL_WORDS =
      Set.of(
          "condividi",
          "condividilo",
          "condivisioni",
          "share",
          "shares",
          "su",
          "on",
          "facebook",
          "twitter",
          "x",
          "linkedin",
          "whatsapp",
          "telegram",
          "email",
          "e-mail",
          "mail",
          "pinterest",
          "reddit",
          "threads",
          "instagram",
          "youtube",
          "tiktok",
          "flipboard",
          "bluesky",
          "mastodon",
          "copia",
          "link",
          "stampa",
          "invia",
          "messenger",
          "tumblr",
          "teilen",
          "compartir",
          "partager",
          "partilhar",
          "compartilhar",
          "google+",
          "twittern",
          "pinnen",
          "pin",
          "submit",
          "e",
          "google",
          "news",
          "tweet",
          "segui",
          "seguici",
          "follow",
          "us",
          "rss",
          "feed");

  private static final Set<String> SOCIAL_NETWORKS =
      Set.of(
          "condividi",
          "condividilo",
          "share",
          "facebook",
          "twitter",
          "linkedin",
          "whatsapp",
          "telegram",
          "pinterest",
          "reddit",
          "threads",
          "instagram",
          "youtube",
          "tiktok",
          "flipboard",
          "bluesky",
          "mastodon",
          "messenger",
          "tweet",
          "teilen",
          "compartir",
          "partager",
          "partilhar",
          "compartilhar",
          "twittern",
          "pinnen",
          "seguici",
          "follow");

  private static final Pattern SHARE_LABEL =
      Pattern.compile(
          "(?:condividi|share|teilen|compartir|partager|partilhar|compartilhar)"
              + "(?: (?:questo|questa|quest'|this|it|la|il|den|diesen|esta|este|cet|cette|ce|essa"
              + "|esse)\\b)? ?(?:l')?(?:articolo|notizia|post"
              + "|pagina|contenuto|article|story|page|artikel|beitrag|noticia|nota|art[ií]culo"
              + "|publicaci[oó]n|notícia|matéria|artigo)?"
              + "(?: (?:su|on|auf|en|sur|em|via|with|per|mit)\\b.*|:.*)?"
              + "|(?:diesen |den )?(?:artikel|beitrag) teilen"
              + "|newsletter|iscriviti|seguici(?: su .*)?|subscribe(?: now| today| here)?"
              + "|s'abonner|abonnieren|suscr[ií]bete|assine|sign up(?: now| today)?"
              + "|follow us(?: on .*)?|folgen sie uns(?: auf .*)?|síguenos(?: en .*)?"
              + "|suivez-nous(?: sur .*)?"
              // a newsletter's e-mail field
              + "|(?:inserisci |enter |gib )?(?:la tua|il tuo|your|deine|ihre|tu) (?:indirizzo )?"
              + "e-?mail(?: address|-adresse| eingeben)?|e-?mail-adresse|e-?mail address"
              + "|enter e-?mail(?: address)?|jetzt abonnieren|abbonati ora"
              // a magazine's subscription box
              + "|(?:die )?aktuelle ausgabe|(?:l')?ultimo numero|(?:sfoglia )?(?:l')?edizione digitale"
              + "|(?:the )?(?:current|latest) issue|(?:el )?último número|(?:le )?dernier numéro"
              + "|sign-?up successful|iscrizione (?:completata|avvenuta)(?: con successo)?"
              + "|anmeldung erfolgreich"
              // the mail button of a share bar, with its verb
              + "|(?:invia|condividi|share|send) (?:per|via|by) e-?mail");

  /**
   * The greeting of a newsletter's sign-up box once one has signed up: {@code Benvenuto su
   * Redazione!}. It ends with an exclamation mark; a heading that welcomes has none.
   */
  private static final Pattern SIGN_UP_WELCOME =
      Pattern.compile(
          "(?:benvenut[oaie]|welcome|willkommen|bienvenid[oa]s?|bienvenue|bem-vind[oa]s?)"
              + " (?:su|in|a|nel|nella|tra|to|bei|auf|im|en|a|sur|chez|ao|à) .{1,40}!");

  /** A sign-up greeting has at most this many words. */
  private static final int SIGN_UP_WELCOME_MAX_WORDS = 8;

  /** A short label naming a newsletter: {@code La nostra newsletter}, {@code Latest newsletter}. */
  private static final Pattern NEWSLETTER_LABEL =
      Pattern.compile(".+ newsletter(?: .+)?|newsletter .+");

  /** A quote box with its tweet button glued at its end: {@code …vince sempre.Click To Tweet}. */
  private static final Pattern CLICK_TO_TWEET = Pattern.compile("\\S\\s*click to tweet$");

  /** A newsletter label has at most this many words. */
  private static final int NEWSLETTER_LABEL_MAX_WORDS = 6;

  /** A prompt to support the site with money: donate, become a member or a patron. */
  private static final KeywordPattern SUPPORT_PROMPT =
      KeywordPattern.of(
          "\\b(?:sostienici|sostieni (?:il nostro|la nostra|l'informazione|il giornalismo)"
              + "|fai una donazione|dona ora|donate (?:now|today)"
              + "|become a (?:patron|member|supporter)"
              + "|support (?:our|independent|local) (?:journalism|news|reporting)"
              + "|make (?:a|your) (?:donation|contribution)"
              + "|is funded by (?:sponsors|readers|members|member)|jetzt spenden"
              + "|unterstützen sie (?:uns|unseren|unabhängigen)|apoie o|haz una donación"
              + "|faites un don|amount to donate|importo da donare|betrag (?:wählen|spenden))\\b");

  /** The amount buttons of a donation form: {@code 5 20 50 100 Altro}. */
  private static final Pattern DONATION_AMOUNTS =
      Pattern.compile(
          "(?:[$€£]?\\s?\\d+(?:[.,]\\d+)?\\s?[$€£]?\\s+){2,}(?:other|altro(?: importo)?|andere"
              + "(?:r betrag)?|otro(?: importo)?|autre(?: montant)?)");

  private static final KeywordPattern FOLLOW_PROMPT =
      KeywordPattern.of(
          "\\b(?:seguici|iscriviti|iscrivetevi|abbonati (?:ora|subito|a|al|alla)"
              + "|attiva le notifiche"
              + "|segui(?:ci)? (?:\\S+ )?su (?:google news|facebook|instagram|twitter|x|linkedin"
              + "|telegram|whatsapp|tiktok|youtube|threads)"
              + "|clicca (?:qui|sulla stella)|aggiungici (?:ai|alle|tra le)|fonte preferita"
              + "|ti è piaciut[oa] (?:questo |quest'|l')?(?:articolo|notizia|post)"
              + "|(?:l'articolo|la notizia|il post|questo articolo) ti (?:è piaciut[oa]|piace)"
              + "|inserisci (?:la tua|il tuo) (?:e-?mail|indirizzo)"
              + "|iscriviti qui|sign up here|hier anmelden"
              + "|click (?:here )?to (?:subscribe|tweet)|clicca per (?:iscriverti|twittare)"
              + "|(?:now|ora|anche|jetzt|ahora) (?:on|su|auf|en) (?:youtube|spotify|instagram"
              + "|tiktok|whatsapp|telegram)!?$)");

  private static final KeywordPattern WEAK_FOLLOW_PROMPT =
      KeywordPattern.of(
          "\\b(?:rest(?:a|are|ate) (?:sempre )?aggiornat|riman(?:i|ere|ete) (?:sempre )?aggiornat"
              + "|unisciti|entra nel|non perderti|scarica (?:la nostra |l')?app"
              + "|ricevi (?:gratis )?(?:le |tutte le )?(?:notizie|news|aggiornamenti))");

  private static final Pattern CHANNEL =
      Pattern.compile(
          "\\b(?:google news|newsletter|telegram|whatsapp|canale|notifiche|facebook|instagram"
              + "|social|app)\\b");

  private static final KeywordPattern NEWSLETTER =
      KeywordPattern.of(
          "newsletter.*\\b(?:iscriviti|iscrivetevi|ricevi|gratuita|gratis|registrati|iscrizione"
              + "|e-?mail)\\b"
              + "|\\b(?:iscriviti|iscrivetevi|ricevi|registrati)\\b.*newsletter");

  /**
   * A newsletter prompt in the other languages of the corpus, which news pages also print as
   * sentences of an article's text: only read on short lines.
   */
  private static final KeywordPattern SHORT_NEWSLETTER =
      KeywordPattern.of(
          "newsletter.*\\b(?:sign up|subscribe|subscribing|inbox|abonnieren|anmelden"
              + "|suscr[ií]bete|inscr[ií]bete|abonnez-vous|inscrivez-vous)\\b"
              + "|\\b(?:sign up|subscribe|signing up|abonnieren|anmelden|suscr[ií]bete|inscr[ií]bete"
              + "|abonnez-vous|inscrivez-vous)\\b.*newsletter|delivered to your inbox"
              + "|thank you for subscribing");

  /** A comment prompt has at most this many words. */
  static final int COMMENT_PROMPT_MAX_WORDS = 25;

  /** A short newsletter prompt has at most this many words. */
  private static final int SHORT_PROMPT_MAX_WORDS = 16;

  /** A sentence that asks for consent: a banner when the line also names cookies. */
  private static final KeywordPattern CONSENT =
      KeywordPattern.of(
          "\\b(?:questo sito(?: web)? (?:utilizza|usa|fa uso|impiega)|utilizziamo|usiamo"
              + "|noi e (?:i nostri|terze parti)"
              + "|acconsenti|accetti|cliccando|chiudendo|proseguendo|continuando a navigare"
              + "|puoi (?:modificare|gestire|revocare)"
              + "|we use|this (?:site|website) uses|by clicking"
              + "|(?:diese (?:web)?seite|diese website) verwendet|wir verwenden|indem sie"
              + "|stimmen sie|ce site utilise|nous utilisons|en poursuivant|en continuant"
              + "|este sitio(?: web)? (?:utiliza|usa)|utilizamos|al continuar"
              + "|este site (?:utiliza|usa)|ao continuar"
              + "|(?:ti|la|vi) informiamo|nous vous informons|wir informieren sie|we inform you)\\b");

  private static final Pattern COOKIE_BUTTON =
      Pattern.compile(
          "(?:accetta(?: tutti| tutto| e chiudi| e continua| i cookie)?|rifiuta(?: tutti| tutto)?"
              + "|accetto|non accetto"
              + "|personalizza|gestisci (?:le )?(?:preferenze|opzioni|impostazioni|cookie)"
              + "|(?:impostazioni|preferenze) (?:dei )?cookie|accept all|reject all|cookie policy"
              + "|privacy policy"
              + "|informativa (?:sulla )?privacy|informativa (?:sui )?cookie|maggiori informazioni"
              + "|ok|chiudi"
              // the headings and links of a consent dialog, in the languages of the stop words;
              // never a bare "Privacy" or "Cookies", which head sections of reviews and recipes
              + "|(?:cookies?|privacy)[- ](?:policy|policies|settings|preferences|notice|statement"
              + "|overview|options|center|centre|choices|einstellungen|präferenzen(?: ändern)?)"
              + "|datenschutz(?:erklärung|einstellungen?|hinweise?|richtlinie|bestimmungen)"
              + "|(?:impostazioni|preferenze|gestione|centro preferenze) (?:della |sulla |dei )?"
              + "(?:privacy|cookie)|(?:manage|accept|gestisci|accetta i) cookies?"
              + "|(?:your|la tua|ihre) privacy(?: choices| rights)?"
              + "|(?:how we use|come (?:utilizziamo|usiamo)(?: i)?|wie wir) cookies?(?: verwenden)?"
              + "|(?:paramétrer|gérer) les cookies|gestion des cookies)");

  private static final Pattern COMMENT_LABEL =
      Pattern.compile(
          "(?:\\d+ )?commenti?(?: dei lettori)?|(?:lascia|scrivi|aggiungi|inserisci|leggi|mostra"
              + "|vedi|nascondi|carica)"
              + "(?: (?:un|il tuo|i|tutti i|gli altri|altri))? comment[oi]"
              + "|commenta(?: (?:l'articolo|la notizia|il post|per primo))?"
              + "|(?:accedi|registrati|effettua il login) per commentare|vai ai commenti"
              + "|nessun commento|(?:i )?commenti sono (?:disabilitati|chiusi)|commenti (?:disabilitati|chiusi)"
              + "|partecipa al dibattito(?:: commenta (?:questo articolo|l'articolo|la notizia))?"
              + "|(?:commenti )?(?:scrivi/)?scopri i commenti"
              + "|condividi (?:le tue opinioni|la tua opinione)(?: su .{1,40})?"
              + "|partecipa alla discussione|di' la tua|discussione|rispondi|reply"
              + "|segnala(?: abuso)?|mi piace"
              + "|commenti \\(?\\d+\\)?|\\d+ rispost[ae]|(?:mostra|carica) altri commenti"
              + "|commenti (?:precedenti|meno recenti|più recenti)|(?:previous|older|newer) comments"
              + "|(?:leave|post|add|write) a (?:comment|reply)|(?:new,? )?\\d+ (?:reader )?comments?\\b.*"
              + "|schreib(?:e|en sie)? einen kommentar|kommentar (?:schreiben|verfassen)"
              + "|kommentieren sie(?: den artikel| diesen artikel)?|\\d+ kommentare?"
              + "|deja (?:un|tu) comentario|laisser un commentaire|deixe (?:um|seu) comentário");

  private static final KeywordPattern COMMENT_INVITATION =
      KeywordPattern.of(
          "\\b(?:nei|nella sezione dei|qui sotto nei) commenti\\b|\\bcommenta(?:te)?\\b"
              + "|\\b(?:in the comments|as a comment|comment below|in den kommentaren"
              + "|en los comentarios|dans les commentaires)\\b");

  private static final KeywordPattern COMMENT_LOGIN =
      KeywordPattern.of(
          "\\b(?:devi|è necessario|occorre|bisogna) (?:essere (?:connesso|connessa|registrato"
              + "|registrata|loggato|loggata|iscritto|iscritta)|effettuare il login|accedere)"
              + " per (?:commentare|inviare un commento|lasciare un commento|scrivere un commento)");

  private static final Pattern SECOND_PERSON =
      Pattern.compile(
          "\\b(?:pensate|pensi|vostra|vostro|tua|tuo|fatecelo|fateci|diteci|ditecelo|scrivete"
              + "|scrivetelo|scrivi|lasciate|lascia|commentate|your|you|tell us|let us know|euch"
              + "|schreibt|schreiben sie|ihre|déjanos|dinos|dites-nous)\\b");

  private ReaderPromptRules() {}

  /**
   * Removes the buttons around a cookie banner ({@code Accetta}, {@code Rifiuta}, {@code Ok}),
   * which only mean "cookie" next to one.
   */
  static void removeCookieButtonsAround(LineLedger ledger, int banner) {
    for (int step : new int[] {-1, 1}) {
      int i = banner + step;
      while (i >= 0
          && i < ledger.size()
          && (ledger.isBlank(i) || !ledger.isOpen(i) || isCookieButton(ledger.shape(i)))) {
        if (ledger.isOpen(i)) {
          ledger.remove(i, RuleName.COOKIE_BANNER);
        } else if (!ledger.isBlank(i) && !isCookieBanner(ledger.shape(i))) {
          break;
        }
        i += step;
      }
    }
  }

  /** Whether the line is a button of a cookie banner, as removed only next to a banner. */
  private static boolean isCookieButton(LineShape line) {
    return line.words() <= 4 && COOKIE_BUTTON.matcher(line.label()).matches();
  }

  /** A cookie consent sentence addressed to the reader, or an unambiguous consent button. */
  static boolean isCookieBanner(LineShape line) {
    return line.words() <= FurnitureRules.NOTICE_MAX_WORDS
            && line.lower().contains("cookie")
            && CONSENT.foundIn(line.lower())
        || line.words() <= 4
            && !line.label().matches("ok|chiudi|maggiori informazioni")
            && COOKIE_BUTTON.matcher(line.label()).matches();
  }

  /** A share bar, a share or newsletter label, or a prompt to follow or subscribe. */
  static boolean isSocialPrompt(LineShape line) {
    if (line.words() > FurnitureRules.PROMPT_MAX_WORDS) {
      return false;
    }
    String lower = line.folded();
    return isShareBar(line)
        || CLICK_TO_TWEET.matcher(line.folded()).find()
        || FurnitureRules.isLabel(line, SHARE_LABEL)
        || FOLLOW_PROMPT.foundIn(lower)
        || WEAK_FOLLOW_PROMPT.foundIn(lower) && CHANNEL.matcher(lower).find()
        || NEWSLETTER.foundIn(lower)
        || line.words() <= NEWSLETTER_LABEL_MAX_WORDS
            && NEWSLETTER_LABEL.matcher(line.label()).matches()
        || line.words() <= SHORT_PROMPT_MAX_WORDS && SUPPORT_PROMPT.foundIn(lower)
        || DONATION_AMOUNTS.matcher(line.label()).matches()
        || line.words() <= SIGN_UP_WELCOME_MAX_WORDS && SIGN_UP_WELCOME.matcher(lower).matches()
        || line.words() <= SHORT_PROMPT_MAX_WORDS && SHORT_NEWSLETTER.foundIn(lower);
  }

  /**
   * A line of share buttons: social words only, one of them a network; or three networks with at
   * most {@value #SHARE_BAR_MAX_OTHERS} other buttons among them ({@code Whatsapp Teilen Twittern
   * Leserbrief}).
   */
  private static boolean isShareBar(LineShape line) {
    if (line.words() > 12) {
      return false;
    }
    int networks = 0;
    int others = 0;
    String label = line.label();
    int start = 0;
    for (int end = 0; end <= label.length() && others <= SHARE_BAR_MAX_OTHERS; end++) {
      if (end < label.length() && !isShareBarSeparator(label.charAt(end))) {
        continue;
      }
      if (end > start && !isNumber(label, start, end)) {
        String token = label.substring(start, end);
        if (!SOCIAL_WORDS.contains(token)) {
          others++; // more than a share bar holds ends the loop
        } else if (SOCIAL_NETWORKS.contains(token)) {
          networks++;
        }
      }
      start = end + 1;
    }
    return networks > 0 && others == 0 || networks >= 3 && others <= SHARE_BAR_MAX_OTHERS;
  }

  /** What stands between the buttons of a share bar: white space, {@code | · • / ,}. */
  private static boolean isShareBarSeparator(char c) {
    return c == ' ' || c >= '\t' && c <= '\r' || "|·•/,".indexOf(c) >= 0;
  }

  private static boolean isNumber(String text, int start, int end) {
    for (int i = start; i < end; i++) {
      if (!Character.isDigit(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** A share bar of three networks has at most this many other buttons. */
  private static final int SHARE_BAR_MAX_OTHERS = 2;

  /**
   * A comment label or counter, an invitation to comment addressed to the reader, or the notice
   * that one must log in to comment.
   */
  static boolean isCommentPrompt(LineShape line) {
    if (FurnitureRules.isLabel(line, COMMENT_LABEL)) {
      return true;
    }
    return line.words() <= COMMENT_PROMPT_MAX_WORDS
        && (COMMENT_INVITATION.foundIn(line.lower()) && SECOND_PERSON.matcher(line.lower()).find()
            || COMMENT_LOGIN.foundIn(line.lower()));
  }
}
