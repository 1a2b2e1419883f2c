package dev.redazione.extract;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises text shaped like a person's name ({@code Claudio Garau}, {@code Maria De Santis},
 * {@code Jean-Luc D’Amico}) or a newsroom signature ({@code Redazione}, {@code la Redazione di
 * Wired}, a news agency), and tells them from what bylines glue to them: roles and outlets ({@code
 * Staff Writer}, {@code Fox News}, {@code Cleveland.com}), photo credits and buttons.
 */
final class PersonName {

  private static final int MAX_LENGTH = 50;
  private static final int MAX_NAME_WORDS = 5;

  /**
   * A signature, its name and what follows it (role, outlet, contacts), has at most this many
   * words: a longer text is prose, told before any expression runs on it.
   */
  static final int SIGNATURE_MAX_WORDS = 20;

  /** An outlet written in capitals after a byline's name has at most this many words. */
  private static final int OUTLET_IN_CAPITALS_MAX_WORDS = 4;

  private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
  private static final Pattern NAME_WORD = Pattern.compile("\\p{Lu}[\\p{L}’'\\-]*\\.?|\\p{Lu}\\.");
  private static final Set<String> PARTICLES =
      Set.of(
          "de", "di", "da", "del", "della", "dello", "dal", "van", "von", "der", "den", "la", "lo",
          "le", "mc");

  /**
   * A first word this long may be a given name though a function word: {@code Sean}, {@code Will}.
   */
  private static final int NAME_LIKE_FUNCTION_WORD = 4;

  /**
   * Function words of that length that start headings and never a name: {@code Über Anna Neri},
   * {@code About Ann Lee}, {@code Sobre Ana Lima}, as author boxes are headed.
   */
  private static final Set<String> NEVER_GIVEN_NAMES =
      Set.of(
          "über", "about", "sobre", "mehr", "more", "most", "alle", "tutti", "todos", "tous",
          "with", "from");

  /** News agencies, which sign wire copy as a newsroom does. */
  private static final String AGENCY =
      "(?:the\\s+)?(?:associated press|reuters|afp|ansa|adnkronos|agi|lapresse|askanews|dpa|efe"
          + "|pti|ians|apa|ap|agenzia nova|agenzia dire|upi|kyodo|xinhua|bloomberg)";

  private static final Pattern NEWSROOM =
      Pattern.compile(
          "(?!.*\\b(?:writer|reporter|editor|correspondent|contributor|columnist)s?\\b)"
              + "(?:la\\s+)?(?:redazione|redacción|redação|rédaction|staff|team editoriale)(?:\\s+(?:di\\s+)?\\p{Lu}[\\p{L}.]*){0,3}"
              + "|\\p{Lu}[\\p{L}.]*(?:\\s+\\p{Lu}[\\p{L}.]*){0,2}\\s+(?:editorial\\s+)?(?:staff|team|newsroom"
              + "|desk|redaktion)(?:\\s+report)?|"
              + AGENCY,
          FLAGS);

  /** The most runs of whitespace {@link #NEWSROOM} matches: {@code la redazione di X di Y di Z}. */
  private static final int NEWSROOM_MAX_SPACES = 8;

  /**
   * Words that make a capitalised phrase a role, an outlet, a credit or a button rather than a
   * person: {@code Staff Writer}, {@code Fox News}, {@code Getty Images}, {@code Share Tweet}.
   */
  private static final WordAlternation NOT_A_PERSON_WORD =
      WordAlternation.of(
          "staff|writer|writers|reporter|correspondent|editor|editors|columnist|contributor"
              + "|contributing|producer|analyst|intern|desk|bureau|senior|political|opinion"
              + "|special|news|press|times|post|today|herald|tribune|journal|magazine|media|daily"
              + "|online|network|radio|tv|channel|agency|wire|newsroom|team"
              + "|redattore|redattrice|corrispondente|inviato|inviata|giornalista|collaboratore"
              + "|collaboratrice|caporedattore|caporedattrice|direttore|direttrice|notizie"
              + "|redakteur|redakteurin|korrespondent|korrespondentin|redaktion|zeitung"
              + "|redactor|redactora|corresponsal|periodista|rédacteur|rédactrice|journaliste"
              + "|correspondant|correspondante|repórter|redator|redatora|correspondente"
              + "|jornalista|image|images|photo|photos|foto|picture|pictures|video|videos|caption"
              + "|gallery|courtesy|credit|credits|getty|shutterstock|copyright|share|tweet|submit"
              + "|segui|follow|folgen|montaggio|riprese|regia|grafica|fotografia"
              + "|copy|link|enlarge|print|email|subscribe|points|comments|commenti|articles|artikel"
              + "|articoli|stories|reviews|archive|archivio|category|categories|topics|impressum"
              + "|datenschutz|privacy|terms|contact|kontakt|newsletter|shop|login|corriere|gazzetta"
              + "|giornale|quotidiano|messaggero|gazette|courier|chronicle|observer|guardian"
              + "|telegraph|globe|takeaways|highlights|summary|sommario|contents|indice|inhalt"
              + "|ort|luogo|officer|chief|executive|founder|president|manager|expert|experte"
              + "|veröffentlicht|erstellt|gepostet|geschrieben|verfasst|pubblicato|pubblicata|scritto"
              + "|scritta|redatto|firmato|publicado|escrito|publié|écrit|posted|written|published",
          FLAGS);

  /**
   * Common nouns that page chrome writes in title case and no name holds: {@code Top Picks}, {@code
   * Software Engineering}, {@code Ultime Notizie}, and nouns made with the suffixes of abstract
   * nouns ({@code -zione}, {@code -ità}, {@code -tion}, {@code -ungen}, {@code -heit}).
   */
  private static final WordAlternation COMMON_NOUN =
      WordAlternation.of(
          "picks|paper|popular|deal|deals|headlines|menu|sponsored|choices|tickets|rules"
              + "|solutions|resources|tools|guide|guides|practices|ideas|featured|insight|insights"
              + "|blog|blogs|delivery|engineering|specifications|revenue|intelligence|admissions"
              + "|tips|recipes|products|services|software|marketing|technology|trending|updates"
              + "|podcast|forecast|university|universität|università|universidad|ultime|noticias"
              + "|nachrichten|aufgaben|kategorien|themen|meldung|edición|impresa|promotion"
              + "|agencies|process|development|beiträge|schubladen|content|recent|started"
              + "|(?!redazione|redacción|rédaction)\\p{L}{2,}(?:tion|tions|zione|zioni|ción|ciones"
              + "|ungen|heit|keit)|\\p{L}{5,}ung|\\p{L}{3,}ità",
          FLAGS);

  /**
   * Words that name a newsroom role: {@code News reporter}, {@code giornalista}, {@code Redakteur}.
   */
  private static final Pattern ROLE_WORD =
      Pattern.compile(
          "(?:[\\p{L}-]*-)?(?:writer|reporter|correspondent|editor|columnist|contributor|journalist"
              + "|redattore|redattrice|corrispondente|inviato|inviata|giornalista|collaboratore"
              + "|collaboratrice|caporedattore|caporedattrice|redakteur|redakteurin|korrespondent"
              + "|korrespondentin|journalistin|autorin|redactor|redactora|corresponsal|periodista"
              + "|rédacteur|rédactrice|journaliste|correspondant|correspondante|repórter|jornalista"
              + "|redaktion|redazione|officer|founder|cofounder|fondatore|fondatrice|gründer"
              + "|gründerin|fundador|fundadora|fondateur)s?",
          FLAGS);

  /**
   * A newsroom role printed before a name ({@code Giornalista Anna Neri}, {@code Reporter Ann Lee},
   * {@code Netzphilosophin Lea Wolf}, {@code Online-Experte Jonas Keller}): German compounds end in
   * the role, other languages write it as a word of its own.
   */
  private static final Pattern ROLE_PREFIX =
      Pattern.compile(
          "(?:[\\p{L}-]*-)?(?:giornalista|inviato|inviata|corrispondente|redattore|redattrice"
              + "|collaboratore|collaboratrice|editorialista|opinionista|esperto|esperta|scrittore"
              + "|scrittrice|reporter|correspondent|columnist|journalist|writer|editor|contributor"
              + "|periodista|corresponsal|columnista|journaliste|chroniqueur|chroniqueuse"
              + "|correspondant|correspondante|jornalista|colunista)"
              + "|[\\p{L}-]*(?:experte|expertin|philosoph|philosophin|redakteur|redakteurin"
              + "|korrespondent|korrespondentin|journalist|journalistin|kolumnist|kolumnistin"
              + "|reporterin|autorin)",
          FLAGS);

  /**
   * Professional credentials printed after a name ({@code Anna Neri, MD}, {@code Ann Lee, PhD,
   * RDN}), which belong to the signature as printed: written as the professions write them.
   */
  private static final Pattern CREDENTIAL =
      Pattern.compile(
          "MD|M\\.D\\.|DO|PhD|Ph\\.D\\.|RN|RD|RDN|LDN|MS|MSc|MA|MBA|MPH|CPP|PSP|CPA|CFA|CFP|JD|DDS"
              + "|DMD|DVM|LCSW|NP|PharmD|FACS|FACP|FAAP|DABOM|FOMA|CSCS|CDCES");

  /** A role line under a name has at most this many words. */
  private static final int ROLE_LINE_MAX_WORDS = 8;

  /** An outlet's web address: {@code Cleveland.com}, {@code NJ.com}. */
  private static final Pattern DOMAIN =
      Pattern.compile("\\S+\\.(?:com|it|org|net|de|fr|es|co\\.uk|uk|info|eu|ch|at|news)\\b", FLAGS);

  /** Where a byline glues a role or outlet to a name: {@code , } {@code |} {@code -} {@code /}. */
  private static final Pattern AFFILIATION_SEPARATOR =
      Pattern.compile("\\s*(?:[,|/•·]|\\s[-–—]{1,2})\\s*");

  /** A lowercase-to-capital step inside a word, where pasted pages glue a role to a name. */
  private static final Pattern GLUED = Pattern.compile("(?<=\\p{Ll})(?=\\p{Lu}\\p{L})");

  private static final Pattern SPACES = Pattern.compile("\\s{2,}");

  /** What may end a signature: a comma, or the asterisk of a footnote on the authors. */
  private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("\\s*(?:[,;]|\\*+)$");

  private static final Pattern ARTICLE = Pattern.compile("^la\\s+", Pattern.CASE_INSENSITIVE);

  private PersonName() {}

  /**
   * Two to five capitalised words (name particles allowed between them, a lowercase one only before
   * the surname), none a short function word of a language ({@code View All}, {@code Pin It} are
   * buttons), a word of roles, outlets, credits or buttons or a common noun of page chrome, no
   * digits, no sentence.
   */
  static boolean isPersonName(String text) {
    return isPersonName(text, true);
  }

  /**
   * Whether the text is shaped like a person's name but for a common noun of page chrome ({@code
   * Final Thoughts}, {@code Top Picks}): a heading that competes with a name under the headline.
   */
  static boolean isChromePhrase(String text) {
    return !isPersonName(text, true) && isPersonName(text, false);
  }

  private static boolean isPersonName(String text, boolean commonNouns) {
    String name = text.strip();
    if (name.isEmpty() || name.length() > MAX_LENGTH) {
      return false;
    }
    String[] words = name.split(" ");
    if (words.length < 2 || words.length > MAX_NAME_WORDS) {
      return false;
    }
    int capitalised = 0;
    int afterLowercaseParticle = -1;
    for (int i = 0; i < words.length; i++) {
      String word = words[i];
      String lower = word.toLowerCase(Locale.ROOT);
      boolean particle = i > 0 && i < words.length - 1 && PARTICLES.contains(lower);
      if (particle) {
        if (Character.isLowerCase(word.charAt(0)) && afterLowercaseParticle < 0) {
          afterLowercaseParticle = 0;
        }
        continue;
      }
      boolean initial = word.length() == 2 && word.charAt(1) == '.';
      boolean functionWord =
          !initial
              && StopWords.isFunctionWordOfAnyLanguage(lower)
              && (word.length() < NAME_LIKE_FUNCTION_WORD
                  || i > 0
                  || NEVER_GIVEN_NAMES.contains(lower));
      if (!NAME_WORD.matcher(word).matches()
          || functionWord
          || NOT_A_PERSON_WORD.matches(stripDot(lower))
          || commonNouns && COMMON_NOUN.matches(lower)) {
        return false;
      }
      if (afterLowercaseParticle >= 0 && ++afterLowercaseParticle > 1) {
        return false; // "Servizio di Barbara Appiani": a label, then a name
      }
      capitalised++;
    }
    // a full stop ends a sentence, or an initial after a whole name: "Nicolas Gutierrez C."
    return capitalised >= 2
        && (!name.endsWith(".") || capitalised >= 3 && words[words.length - 1].length() == 2);
  }

  private static String stripDot(String word) {
    return word.endsWith(".") ? word.substring(0, word.length() - 1) : word;
  }

  /**
   * A newsroom signature such as {@code Redazione}, {@code la Redazione di Wired}, {@code ANSA}.
   */
  static boolean isNewsroom(String text) {
    String signature = text.strip();
    return mayBeNewsroom(signature) && NEWSROOM.matcher(signature).matches();
  }

  /**
   * Whether {@link #NEWSROOM} can match the text at all, checked without it: the pattern matches
   * letters, full stops and at most {@link #NEWSROOM_MAX_SPACES} runs of whitespace only, and lines
   * of prose, which fail it, would otherwise cost a scan of the whole line at every position.
   */
  private static boolean mayBeNewsroom(String text) {
    int spaces = 0;
    boolean inSpace = false;
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      i += Character.charCount(c);
      boolean space = c == ' ' || c >= '\t' && c <= '\r';
      if (space && !inSpace && ++spaces > NEWSROOM_MAX_SPACES) {
        return false;
      }
      inSpace = space;
      if (!space && c != '.' && !Character.isLetter(c)) {
        return false;
      }
    }
    return true;
  }

  /** A person's name or a newsroom signature. */
  static boolean isSignature(String text) {
    return isPersonName(text) || isNewsroom(text);
  }

  /**
   * Whether the text is what bylines glue to a name: a role ({@code Staff Writer}, {@code
   * inviato}), an outlet ({@code Fox News}, {@code Cleveland.com}, {@code CNN}, {@code Corriere}),
   * a credit or an e-mail address.
   */
  static boolean isAffiliation(String text) {
    String piece = text.strip();
    if (piece.isEmpty() || piece.length() > MAX_LENGTH) {
      return false;
    }
    if (piece.contains("@")) {
      return true;
    }
    if (DOMAIN.matcher(piece).find() || piece.toLowerCase(Locale.ROOT).startsWith("for ")) {
      return true;
    }
    String[] words = piece.split("\\s+");
    if (words.length == 1) {
      return NAME_WORD.matcher(words[0]).matches()
          || words[0].chars().allMatch(Character::isLetter);
    }
    if (words.length > 6) {
      return false;
    }
    for (String word : words) {
      if (NOT_A_PERSON_WORD.matches(stripDot(word.toLowerCase(Locale.ROOT)))) {
        return true;
      }
    }
    return false;
  }

  /** Whether the text is professional credentials alone: {@code MD}, {@code PhD, RDN}. */
  static boolean isCredentials(String text) {
    for (String part : text.strip().split("\\s*,\\s*", -1)) {
      if (!CREDENTIAL.matcher(part).matches()) {
        return false;
      }
    }
    return !text.isBlank();
  }

  /**
   * Whether the text is a short line giving a newsroom role, as pages print under a byline's name:
   * {@code News reporter @annaneri}, {@code Giornalista, redazione Esteri}, {@code Redakteurin}.
   */
  static boolean isRoleLine(String text) {
    String[] words = text.strip().split("[\\s,;|/•·]+");
    if (words.length == 0 || words.length > ROLE_LINE_MAX_WORDS) {
      return false;
    }
    for (String word : words) {
      if (ROLE_WORD.matcher(word).matches()) {
        return true;
      }
    }
    return false;
  }

  /**
   * What a byline prints after a name besides the name: a role, an outlet, a time relative to now,
   * a reading time ({@code Anna Neri 4 min read}).
   */
  private static boolean isCompanion(String text) {
    return isAffiliation(text)
        || RelativeTime.matches(text)
        || FurnitureRules.isReadingTime(text.strip());
  }

  /**
   * The name before a role or outlet the paste glued to it ({@code Mario RossiGiornalista}, {@code
   * Meg JamesStaff Writer}), if the text is one; a head longer than a name can be is no name, so a
   * glued step is looked for only within that length.
   */
  private static Optional<String> nameBeforeGluedAffiliation(String name) {
    Matcher glued =
        GLUED
            .matcher(name)
            .region(0, Math.min(name.length(), MAX_LENGTH))
            .useTransparentBounds(true);
    while (glued.find()) {
      String head = name.substring(0, glued.start());
      if (isPersonName(head) && isAffiliation(name.substring(glued.start()))) {
        return Optional.of(display(head));
      }
    }
    return Optional.empty();
  }

  /**
   * The signature a text gives, as displayed, with a role or outlet glued to it left out: {@code
   * Troy Smith, Cleveland.com}, {@code Anna Lee - Staff Writer}, {@code Meg JamesStaff Writer}, or
   * without a separator when the outlet has two words or more ({@code Tom Davies Associated
   * Press}); empty when the text is no signature.
   */
  static Optional<String> signature(String text) {
    if (hasMoreWords(text, SIGNATURE_MAX_WORDS)) {
      return Optional.empty();
    }
    String name =
        TRAILING_PUNCTUATION
            .matcher(SPACES.matcher(BylineParser.withoutContacts(text.strip())).replaceAll(" "))
            .replaceFirst("");
    int space = name.indexOf(' ');
    if (space > 0
        && ROLE_PREFIX.matcher(name.substring(0, space)).matches()
        && isPersonName(name.substring(space + 1))) {
      return Optional.of(display(name.substring(space + 1)));
    }
    // an outlet in capitals after a name in mixed case: Kevin McCoy USA TODAY
    Optional<String> beforeCapitals =
        name.equals(name.toUpperCase(Locale.ROOT))
            ? Optional.empty()
            : nameBefore(name, tail -> isOutletInCapitals(tail) && !isCredentials(tail));
    if (beforeCapitals.isPresent()) {
      return beforeCapitals;
    }
    Optional<String> beforeGluedRole = nameBeforeGluedAffiliation(name);
    if (beforeGluedRole.isPresent()) {
      return beforeGluedRole; // Mario RossiGiornalista: the paste glued the role to the name
    }
    if (isSignature(name)) {
      return Optional.of(display(name));
    }
    Matcher separator = AFFILIATION_SEPARATOR.matcher(name);
    if (separator.find()
        && separator.start() > 0
        && isSignature(name.substring(0, separator.start()))) {
      String rest = name.substring(separator.end());
      if (name.charAt(separator.start()) == ',' && isCredentials(rest)) {
        return Optional.of(display(name.substring(0, separator.start())) + ", " + rest.strip());
      }
      boolean affiliation = true;
      for (String piece : AFFILIATION_SEPARATOR.split(rest)) {
        affiliation &= isCompanion(piece);
      }
      if (affiliation) {
        return Optional.of(display(name.substring(0, separator.start())));
      }
    }
    return nameBefore(
        name,
        tail -> isCompanion(tail) && !isPersonName(tail) && !BylineParser.continuesList(tail));
  }

  /** Whether the text holds more than {@code max} runs of characters other than white space. */
  private static boolean hasMoreWords(String text, int max) {
    int words = 0;
    boolean inWord = false;
    for (int i = 0; i < text.length(); i++) {
      boolean space = Character.isWhitespace(text.charAt(i));
      if (!space && !inWord && ++words > max) {
        return true;
      }
      inWord = !space;
    }
    return false;
  }

  /**
   * The name that opens the text, displayed, when the words after it, two at least, pass the test:
   * the longest such head of at most {@value #MAX_NAME_WORDS} words, since no longer head can be a
   * name.
   */
  private static Optional<String> nameBefore(String text, Predicate<String> tailFits) {
    String[] words = text.split(" ");
    for (int cut = Math.min(words.length - 2, MAX_NAME_WORDS); cut >= 2; cut--) {
      String head = String.join(" ", Arrays.copyOfRange(words, 0, cut));
      if (isPersonName(head)
          && tailFits.test(String.join(" ", Arrays.copyOfRange(words, cut, words.length)))) {
        return Optional.of(display(head));
      }
    }
    return Optional.empty();
  }

  /**
   * Whether the words after a name are an outlet written in capitals, as bylines print it: {@code
   * USA TODAY}, {@code IL SECOLO XIX}; at most {@value #OUTLET_IN_CAPITALS_MAX_WORDS} words, not
   * opening with a particle, which starts a surname ({@code Anna Maria DI BELLA}).
   */
  private static boolean isOutletInCapitals(String tail) {
    String[] words = tail.split(" ");
    if (words.length > OUTLET_IN_CAPITALS_MAX_WORDS
        || PARTICLES.contains(words[0].toLowerCase(Locale.ROOT))) {
      return false;
    }
    for (String word : words) {
      if (word.codePoints().filter(Character::isLetter).count() < 2
          || !word.equals(word.toUpperCase(Locale.ROOT))) {
        return false;
      }
    }
    return true;
  }

  /**
   * The name as displayed: a leading article of a newsroom signature dropped, a name written in
   * capitals ({@code LISA MASCARO}) in title case, first letter capitalised.
   */
  static String display(String text) {
    String name = ARTICLE.matcher(text.strip()).replaceFirst("");
    if (name.isEmpty()) {
      return name;
    }
    if (isPersonName(name) && name.equals(name.toUpperCase(Locale.ROOT))) {
      StringBuilder titled = new StringBuilder(name.length());
      boolean start = true;
      for (char c : name.toCharArray()) {
        titled.append(start ? c : Character.toLowerCase(c));
        start = !Character.isLetter(c);
      }
      name = titled.toString();
    }
    return Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }
}
