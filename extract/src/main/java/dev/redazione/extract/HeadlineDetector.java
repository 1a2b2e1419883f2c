package dev.redazione.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Picks the title and the standfirst above the article's main text. Pages put menus, the site name,
 * a section label, share buttons, captions, bylines and datelines around the headline, so each line
 * above the main text that has the shape of a headline is weighed: nearness to the main text,
 * length, no final full stop, not a short or upper-case label, a byline or dateline under it. The
 * best one, when it is good enough, is the title; a short line under it, before the main text or as
 * its first line, the standfirst. Datelines, bylines and bare names next to a dateline are stepped
 * over; short labels above the title are removed as masthead.
 */
final class HeadlineDetector {

  /**
   * Where the title and subtitle are.
   *
   * @param title the ledger index of the title, or -1 when no line reads as a headline
   * @param subtitle the ledger index of the standfirst, or -1
   * @param block the main text, which starts under the title when the title was found inside it
   */
  record Headlines(int title, int subtitle, MainText.Block block) {}

  static final int TITLE_MIN_WORDS = 2;
  static final int TITLE_MAX_WORDS = 30;
  static final int TITLE_MAX_CHARS = 220;

  /** A title ending with a full stop is still a headline up to this many words. */
  static final int SENTENCE_TITLE_MAX_WORDS = 20;

  static final int SUBTITLE_MIN_WORDS = 3;
  static final int SUBTITLE_MAX_WORDS = 25;
  static final int SENTENCE_SUBTITLE_MAX_WORDS = 30;

  /** A title-cased line has at least this many capitalised words. */
  static final int TITLE_CASE_MIN_WORDS = 3;

  /** Two words glued by the paste, as a name and a button are: {@code GuzmanView}. */
  private static final Pattern GLUED_WORDS = Pattern.compile("\\p{Ll}\\p{Lu}");

  /** Site names and section labels above a headline have at most this many words. */
  static final int MASTHEAD_MAX_WORDS = 3;

  /**
   * Lines above the headline of at most this many words, without a sentence end, are page masthead.
   */
  static final int MASTHEAD_LABEL_MAX_WORDS = 6;

  /** A headline at the top of the main text has fewer words of prose above it than this. */
  static final int HEADED_TOP_MAX_WORDS = 100;

  /** How many lines with text above the main text are looked at for its byline or dateline. */
  static final int HEADED_REACH = 3;

  /** A headline at the top of the main text is among its first this many lines with text. */
  static final int HEADED_TOP_MAX_LINES = 12;

  /** How many lines of three or more words above the main text are weighed as the headline. */
  static final int WINDOW = 24;

  /**
   * A pasted article's first line is its headline when at most this many labels stand between it
   * and the main text.
   */
  static final int OPENING_MAX_LABELS = 8;

  /**
   * A pasted article's first line is its headline, whatever labels stand between, when it has at
   * least this share of content words in common with the opening of the main text ({@link Topic}).
   */
  static final double OPENING_MIN_TOPIC = 0.3;

  /**
   * A pasted article's first line is its headline, with more than {@value #OPENING_MAX_LABELS}
   * lines of page chrome (menus, share bars) between it and the main text, when it has at least
   * this share of content words in common with the opening of the main text: a whole page pasted
   * has its menus there, and its first line (a site name, a skip link, a promo) may share a word
   * with the text.
   */
  static final double OPENING_FAR_MIN_TOPIC = 0.5;

  /**
   * A line that tells the main text better than the first line, with its byline or dateline under
   * it, is the headline over the first line when at least this many labels stand between them.
   */
  static final int OPENING_MIN_LABELS = 2;

  /**
   * A line printed after the body, over the page's copyright notice, is its headline when at least
   * this share of its content words recur in the opening of the main text.
   */
  static final double TRAILING_MIN_TOPIC = 0.2;

  /** What a headline whose content words all recur in the opening of the main text gains. */
  static final double TOPIC_WEIGHT = 20;

  /**
   * What a line loses for each line of three or more words between it and the main text: menus,
   * share bars and captions stand between a page's headline and its text.
   */
  static final double DISTANCE_WEIGHT = 0.6;

  /** What the standfirst of a headline-shaped line above it loses: it is not the headline. */
  static final double STANDFIRST_COST = 12;

  /** A deck that ends no sentence is twice as long as a headline of at least this many words. */
  static final int DECK_HEADLINE_MIN_WORDS = 6;

  /** What a line under a short line, which may be its kicker or its headline, loses. */
  static final double KICKER_COST = 4;

  /** A list of teasers has at least this many lines in a row. */
  static final int TEASER_LIST_MIN_LINES = 3;

  /** Cells of figures in a row of a table: {@code 12 Anna Neri 40 2 0}. */
  private static final Pattern TABLE_ROW = Pattern.compile("\\d\\s+\\d");

  /**
   * What a line gains for being printed twice, within {@value #TWICE_REACH} lines with text (the
   * page's title over its headline, the headline over and under a picture): of more than {@value
   * #MASTHEAD_LABEL_MAX_WORDS} words, ending no sentence. The line under it is its deck.
   */
  static final double TWICE_WEIGHT = 8;

  /** How many lines with text apart the two prints of a headline stand at most. */
  static final int TWICE_REACH = 3;

  /** What a caption, a line with its photo credit under it or glued to it, loses. */
  static final double CAPTION_COST = 10;

  /**
   * A photo credit at the end of its caption, glued or after its sentence: {@code …sul palco.Foto:
   * Anna Neri}, {@code …on Oct. 21. Photo: Anna Neri/Agency}.
   */
  private static final Pattern GLUED_CREDIT =
      Pattern.compile("[\\p{Ll}.)]\\.? ?(?:Credit|Credito|Foto|Photo|Bild)\\s*(?:\\.{3}|…|:)");

  /**
   * A photo credit in brackets ending its caption: the picture's sources after a sentence ({@code
   * …del 2004. (NASA/JPL)}), or a labelled credit ({@code (credit: Anna Neri)}, {@code (Foto:
   * ANSA)}).
   */
  private static final Pattern BRACKETED_CREDIT =
      Pattern.compile(
          "(?:[.!?]\\s*\\([^()/]+/[^()]+|\\((?i:credits?|crédit|photo|image|foto|bild)\\s*:[^()]+)\\)$");

  /** What a line gains for a byline or dateline under it, or under its standfirst. */
  static final double META_WEIGHT = 8;

  /** The least weight of a line taken as the headline. */
  static final double MIN_WEIGHT = 4;

  /**
   * A sentence end: after a word of lowercase letters or digits (not an abbreviation such as {@code
   * St.}, {@code U.S.}, {@code No.}), before a capital.
   */
  private static final Pattern SENTENCE_END =
      Pattern.compile("(?<=[\\p{Ll}\\p{N}]{2})[.!?…](?=\\s+[\\p{Lu}\\p{N}\"“«‘])");

  /** A line opening with a byline's "by" and a name is a byline up to this many words. */
  static final int BYLINE_MAX_WORDS = 14;

  /** A line with a date in it is a dateline, not a headline, up to this many words. */
  static final int DATED_MAX_WORDS = 16;

  private static final Pattern BYLINE_START =
      Pattern.compile(
          "(?i:by|von|por|par|di|door|av|text|foto|autor|autore|author)\\s*:?\\s+(?-i:\\p{Lu})");

  /** A headline of more words than this reads more like a sentence of prose. */
  static final int LONG_TITLE_WORDS = 20;

  /** How many lines below a headline-shaped line are searched for its text, as an excerpt. */
  static final int EXCERPT_REACH = 40;

  /**
   * A path of sections ({@code Home › News › …}, {@code Sei qui: …}): navigation, not a headline.
   */
  private static final Pattern BREADCRUMB =
      Pattern.compile(
          "^(?i:sei (?:in|qui)|ti trovi (?:in|qui)|you are here)\\s*:|\\S\\s*[›»→>]\\s*\\S.*[›»→>]"
              + "|\\S \\/ \\S.* \\/ \\S");

  /**
   * A label of a picture, a video or a gallery ({@code Foto ANSA}, {@code Immagine AI}, {@code
   * Video}): of at most {@value #MASTHEAD_MAX_WORDS} words, no headline.
   */
  private static final Pattern MEDIA_LABEL =
      Pattern.compile(
          "(?i:immagine|immagini|foto|fotogallery|galleria|video|videos|audio|podcast|image|images"
              + "|photo|photos|picture|pictures|gallery|bild|bilder|imagen|imagem|vídeo|vidéo)\\b");

  /**
   * A section label: a section word and the section's name ({@code News Serie TV}, {@code Notizie
   * Cronaca}, {@code Rubrica Salute}), of at most {@value #MASTHEAD_MAX_WORDS} words without a
   * function word ({@code Notizie sull'IA} may be a headline), no headline.
   */
  private static final Pattern SECTION_LABEL =
      Pattern.compile(
          "(?i:news|notizie|ultime notizie|ultim'ora|ultim’ora|rubrica|rubriche|speciale|sezione"
              + "|categoria|categorie|archivio|section|category|rubrik|ressort|kategorie)\\s+\\S");

  /**
   * The place in capitals that opens an article's first paragraph, before a dash ({@code ROMA – …},
   * {@code NEW YORK (ANSA) - …}): the body's lead, never a standfirst.
   */
  private static final Pattern PLACE_LEAD =
      Pattern.compile(
          "(?:\\(\\p{Lu}{2,}\\)\\s*[-–—]\\s*)?\\p{Lu}[\\p{Lu}'’.]+(?:[ -]\\p{Lu}[\\p{Lu}'’.]+){0,3}"
              + "(?:\\s*\\([^()]{1,20}\\))?\\s*[-–—]\\s+\\S");

  /**
   * A place under a preposition, alone on its line ({@code A Torino}, {@code Da Milano}, {@code In
   * Berlin}): a kicker naming where the story happens, no headline.
   */
  private static final Pattern PLACE_KICKER =
      Pattern.compile(
          "(?i:a|ad|da|in|su|nel|nella|dal|dalla|at|from|aus|bei|à|en|em|desde|no|na)\\s+"
              + "\\p{Lu}[\\p{L}'’-]*");

  /** A counter of views, shares or comments alone on its line: {@code 210}, {@code 1.204}. */
  private static final Pattern COUNTER = Pattern.compile("\\d[\\d.,]*");

  /** Parts of a long standfirst joined by a dash before a capital: {@code … trascorsa – Sono …}. */
  private static final Pattern DECK_PARTS = Pattern.compile("\\p{L}[,.]? [–—-] \\p{Lu}");

  /** A headline has at most this many sentences. */
  static final int TITLE_MAX_SENTENCES = 3;

  private HeadlineDetector() {}

  static Headlines detect(LineLedger ledger, MainText.Block main) {
    MainText.Block glued = withoutGluedHeadline(ledger, main);
    MainText.Block block = belowHeadlineInside(ledger, belowHeadlineAtTop(ledger, glued));
    MainText.Block headed = block == glued ? main : block;
    int limit = block.isEmpty() ? ledger.size() : block.start();
    Topic topic = Topic.of(ledger, block);
    List<Integer> head = headLines(ledger, limit, block.isEmpty(), topic);
    int title = block.isEmpty() ? first(ledger, head) : best(ledger, head, limit, topic);
    if (title >= 0 && isUnderItsText(ledger, head.get(title), block)) {
      title = -1; // a section heading of a text that opens with its body
    }
    if (title < 0) {
      int trailing = trailingHeadline(ledger, block, topic);
      if (trailing >= 0) {
        ledger.assign(trailing, LineLedger.Role.TITLE);
        return new Headlines(trailing, -1, headed);
      }
      return new Headlines(-1, -1, main);
    }
    if (!ledger.isOpen(head.get(title))) {
      ledger.restore(head.get(title));
    }
    int twin = nextContent(ledger, head.get(title) + 1);
    if (twin >= 0 && twin < limit && ledger.text(twin).equals(ledger.text(head.get(title)))) {
      ledger.remove(twin, RuleName.REPEATED_LINE);
    }
    int subtitle = subtitle(ledger, head, title, block);
    for (int k = 0; k < title; k++) {
      if (ledger.isOpen(head.get(k)) && isMastheadLabel(ledger.shape(head.get(k)))) {
        ledger.remove(head.get(k), RuleName.MASTHEAD);
      }
    }
    ledger.assign(head.get(title), LineLedger.Role.TITLE);
    int separator = HeadlineText.danglingSeparator(ledger.text(head.get(title)));
    if (separator > 0) {
      ledger.removeSuffix(head.get(title), separator, RuleName.SEPARATOR);
    }
    int kicker = HeadlineText.afterGluedKicker(ledger.text(head.get(title)));
    if (kicker > 0) {
      ledger.removePrefix(head.get(title), kicker, RuleName.MASTHEAD);
    }
    int pager = HeadlineText.galleryPager(ledger.text(head.get(title)));
    if (pager > 0) {
      ledger.removeSuffix(head.get(title), pager, RuleName.PAGE_TOOL);
    }
    if (subtitle >= 0) {
      ledger.assign(subtitle, LineLedger.Role.SUBTITLE);
    }
    return new Headlines(head.get(title), subtitle, headed);
  }

  /**
   * The headline of a text that opens with its body and prints the headline after it, over the
   * copyright notice or the link to the previous article that closes the page ({@code ©
   * Riproduzione riservata}, {@code articolo precedente}), maybe with a counter of views between
   * ({@link #COUNTER}), or -1: the text's last open line but counters, below every paragraph of
   * prose, headline-shaped, of more than {@value #MASTHEAD_MAX_WORDS} words, without a final full
   * stop, sharing at least {@value #TRAILING_MIN_TOPIC} of its content words with the opening of
   * the main text.
   */
  private static int trailingHeadline(LineLedger ledger, MainText.Block block, Topic topic) {
    if (block.isEmpty()) {
      return -1;
    }
    int last = ledger.previousOpen(ledger.size() - 1);
    while (last >= 0 && COUNTER.matcher(ledger.text(last)).matches()) {
      last = ledger.previousOpen(last - 1);
    }
    int notice = last < 0 ? -1 : ledger.nextNonBlank(last);
    while (notice >= 0 && ledger.isOpen(notice) && COUNTER.matcher(ledger.text(notice)).matches()) {
      notice = ledger.nextNonBlank(notice);
    }
    if (last <= block.start()
        || notice < 0
        || !(ledger.isRemovedBy(notice, RuleName.COPYRIGHT)
            || ledger.isRemovedBy(notice, RuleName.NAVIGATION))
        || nextGood(ledger, last, ledger.size() - 1) >= 0
        || ledger.shape(last).words() <= MASTHEAD_MAX_WORDS
        || ledger.shape(last).isTerminated()
        || !isHeadlineShaped(ledger, last)
        || topic.share(ledger.text(last)) < TRAILING_MIN_TOPIC) {
      return -1;
    }
    return last;
  }

  /**
   * The main text without the lines above a headline found at its top: among its first {@value
   * #HEADED_TOP_MAX_LINES} lines with text, below fewer than {@value #HEADED_TOP_MAX_WORDS} words
   * of prose, a headline-shaped line, no paragraph and no name, with a byline or dateline right
   * under it or under its standfirst, that tells what the text under it tells. A cookie notice, a
   * promo or a quote box of prose above the headline makes the main text seem to start too early.
   */
  private static MainText.Block belowHeadlineInside(LineLedger ledger, MainText.Block block) {
    if (block.isEmpty() || isHeaded(ledger, block.start())) {
      return block;
    }
    int words = 0;
    int lines = 0;
    for (int i = block.start();
        i <= block.end() && words < HEADED_TOP_MAX_WORDS && lines < HEADED_TOP_MAX_LINES;
        i++) {
      if (!ledger.isOpen(i)) {
        lines += ledger.isBlank(i) ? 0 : 1;
        continue;
      }
      lines++;
      LineShape line = ledger.shape(i);
      if (MainText.isGood(line)) {
        words += line.words();
        continue;
      }
      int start = nextGood(ledger, i + 1, block.end());
      if (i > block.start()
          && start >= 0
          && isHeadline(ledger, i)
          && !PersonName.isSignature(ledger.text(i))
          && !PersonName.isPersonName(ledger.text(i))
          && hasDatelineUnder(ledger, i)) {
        MainText.Block below = new MainText.Block(start, block.end());
        if (Topic.of(ledger, below).share(ledger.text(i)) >= OPENING_MIN_TOPIC) {
          return below;
        }
      }
    }
    return block;
  }

  /**
   * The main text without its first line when that is a headline read as a sentence of prose
   * ({@code Il sindaco lascia. Ecco perché.}): a headline-shaped line shorter than a paragraph,
   * with a dateline right under it, over a paragraph of prose that tells what it tells. A lead
   * sentence may have its byline under it, rarely a date alone.
   */
  private static MainText.Block belowHeadlineAtTop(LineLedger ledger, MainText.Block block) {
    if (block.isEmpty()) {
      return block;
    }
    int first = block.start();
    int start = nextGood(ledger, first + 1, block.end());
    if (start < 0
        || ledger.shape(first).length() >= MainText.GOOD_MIN_CHARS
        || !isHeadline(ledger, first)
        || !(hasDateUnder(ledger, first)
            || isHeadlineInParts(ledger, first)
            || isStatedHeadline(ledger, first, start))) {
      return block;
    }
    MainText.Block below = new MainText.Block(start, block.end());
    return Topic.of(ledger, below).share(ledger.text(first)) >= OPENING_MIN_TOPIC ? below : block;
  }

  /**
   * Whether the line is the text's first, of at most {@value #SENTENCE_TITLE_MAX_WORDS} words in
   * two or more sentences, with a blank line under it: a headline written in parts ({@code La
   * classifica dei libri della settimana. Mancuso ancora superstar}), as a lead paragraph is not.
   */
  private static boolean isHeadlineInParts(LineLedger ledger, int index) {
    return isFirstOverBlank(ledger, index)
        && ledger.shape(index).words() <= SENTENCE_TITLE_MAX_WORDS
        && sentences(ledger.text(index)) >= 2;
  }

  /** Whether the line is the text's first line with text, with a blank line under it. */
  private static boolean isFirstOverBlank(LineLedger ledger, int index) {
    return ledger.nextNonBlank(-1) == index
        && index + 1 < ledger.size()
        && ledger.isBlank(index + 1);
  }

  /**
   * Whether the line is the text's first, one sentence of at most {@value #STATED_TITLE_MAX_WORDS}
   * words ending with a full stop, with a blank line under it and over a paragraph of at least
   * {@value #STATED_TITLE_PARAGRAPH_RATIO} times its words: a headline written as a statement
   * ({@code Primi ordini esecutivi di Trump: montagna e topolino.}).
   */
  private static boolean isStatedHeadline(LineLedger ledger, int index, int paragraph) {
    LineShape line = ledger.shape(index);
    return isFirstOverBlank(ledger, index)
        && line.words() <= STATED_TITLE_MAX_WORDS
        && line.lastMark() == '.'
        && sentences(line.text()) == 1
        && ledger.shape(paragraph).words() >= STATED_TITLE_PARAGRAPH_RATIO * line.words();
  }

  /** A headline written as a statement has at most this many words. */
  static final int STATED_TITLE_MAX_WORDS = 12;

  /** The paragraph under a headline written as a statement has this many times its words. */
  static final int STATED_TITLE_PARAGRAPH_RATIO = 3;

  /** Whether the next line with text under the line is a short line with a date in it. */
  private static boolean hasDateUnder(LineLedger ledger, int index) {
    int next = ledger.nextNonBlank(index);
    return next >= 0
        && ledger.isOpen(next)
        && ledger.shape(next).words() <= DATED_MAX_WORDS
        && ledger.hasDate(next);
  }

  /**
   * Whether the main text already starts under its headline or its byline: a byline or dateline
   * among the {@value #HEADED_REACH} lines with text above it, or a headline-shaped line right
   * above it of more than {@value #MASTHEAD_MAX_WORDS} words or opening the text.
   */
  private static boolean isHeaded(LineLedger ledger, int start) {
    int seen = 0;
    for (int i = start - 1; i >= 0 && seen < HEADED_REACH; i--) {
      if (ledger.isBlank(i)) {
        continue;
      }
      if (isMeta(ledger, i) || isBylineOrDated(ledger, i)) {
        return true;
      }
      if (seen == 0
          && ledger.isOpen(i)
          && isHeadlineShaped(ledger, i)
          && (ledger.shape(i).words() > MASTHEAD_MAX_WORDS || ledger.nextNonBlank(-1) == i)) {
        return true;
      }
      seen++;
    }
    return false;
  }

  /** The first open paragraph of prose from {@code from} to {@code to}, or -1. */
  private static int nextGood(LineLedger ledger, int from, int to) {
    for (int j = from; j <= to; j++) {
      if (ledger.isOpen(j) && MainText.isGood(ledger.shape(j))) {
        return j;
      }
    }
    return -1;
  }

  /**
   * Whether a byline or a dateline is the next line with text under the line, or the one after it
   * when that is a standfirst.
   */
  private static boolean hasDatelineUnder(LineLedger ledger, int index) {
    int next = ledger.nextNonBlank(index);
    if (next < 0 || !ledger.isOpen(next)) {
      return false;
    }
    if (isMeta(ledger, next) || isBylineOrDated(ledger, next)) {
      return true;
    }
    int after = ledger.nextNonBlank(next);
    return after >= 0
        && ledger.isOpen(after)
        && isStandfirst(ledger, index, next)
        && (isMeta(ledger, after) || isBylineOrDated(ledger, after));
  }

  /**
   * Whether the next line with text under the line is a short byline or dateline: a headline's,
   * which a teaser's excerpt of the text has not.
   */
  private static boolean hasBylineUnder(LineLedger ledger, int index) {
    int next = ledger.nextNonBlank(index);
    return next >= 0
        && ledger.isOpen(next)
        && (isBylineOrDated(ledger, next)
            || isMeta(ledger, next) && ledger.shape(next).words() <= BYLINE_MAX_WORDS);
  }

  /**
   * The main text without a headline glued over its first paragraph: a headline-shaped line that is
   * no paragraph by itself, right over a single line that starts a new sentence. Pastes often give
   * the headline and a one-line standfirst or lead without a blank line between, and lines of
   * similar width read as one hard-wrapped paragraph.
   */
  private static MainText.Block withoutGluedHeadline(LineLedger ledger, MainText.Block block) {
    if (block.isEmpty() || block.start() >= block.end()) {
      return block;
    }
    int first = block.start();
    int next = first + 1;
    if (!ledger.isOpen(next)
        || next + 1 < ledger.size() && ledger.isOpen(next + 1)
        || MainText.isGood(ledger.shape(first))
        || !isHeadlineShaped(ledger, first)
        || !ledger.shape(next).startsCapitalised()
        || runsOnToNextLine(ledger, first)) {
      return block;
    }
    return new MainText.Block(next, block.end());
  }

  /**
   * The open lines above the main text, without datelines, bylines, bare names and the site's own
   * lines ({@link SiteLine}), and without the second of two equal lines in a row (a headline
   * printed twice); labels of pictures, videos and sections among them are removed. When the text
   * has no prose, only its first two lines can be headline material.
   */
  private static List<Integer> headLines(
      LineLedger ledger, int limit, boolean noProse, Topic topic) {
    List<Integer> head = new ArrayList<>();
    int max = noProse ? 2 : Integer.MAX_VALUE;
    for (int i = 0; i < limit && head.size() < max; i++) {
      if (!noProse && isRepeatedHeadline(ledger, i, limit, topic)) {
        head.add(i);
        continue;
      }
      if (!ledger.isOpen(i)
          || isMeta(ledger, i)
          || isLabelledSignature(ledger, i)
          || isSignatureByDateline(ledger, i) && !isTopicalFirstLine(ledger, i, topic)
          || SiteLine.isSiteLine(ledger, i, topic)) {
        continue;
      }
      if (isMediaLabel(ledger.shape(i))) {
        ledger.remove(i, RuleName.IMAGE_CREDIT);
      } else if (AuthorBoxDetector.isBioAlone(ledger.shape(i)) && !isUnderName(ledger, i)) {
        ledger.remove(i, RuleName.AUTHOR_BOX); // a bio under its name is read with the byline
      } else if (isSectionLabel(ledger.shape(i))
          || isPlaceKicker(ledger.shape(i))
          || isKicker(ledger.shape(i)) && isOverMeta(ledger, i)) {
        ledger.remove(i, RuleName.MASTHEAD);
      } else if (head.isEmpty() || !ledger.text(i).equals(ledger.text(head.get(head.size() - 1)))) {
        head.add(i);
      }
    }
    return head;
  }

  /** Whether the next line with text is a dateline or byline. */
  private static boolean isOverMeta(LineLedger ledger, int index) {
    int next = ledger.nextNonBlank(index);
    return next >= 0 && isMeta(ledger, next);
  }

  /** Whether the line right above the line signs: a byline or a bare name. */
  private static boolean isUnderName(LineLedger ledger, int index) {
    int above = ledger.previousNonBlank(index);
    return above >= 0
        && (PersonName.isSignature(ledger.text(above))
            || ledger.meta(above).map(meta -> !meta.authors().isEmpty()).orElse(false));
  }

  /** Without prose to weigh nearness to, the first headline-shaped line, or -1. */
  private static int first(LineLedger ledger, List<Integer> head) {
    for (int k = 0; k < head.size(); k++) {
      if (isHeadline(ledger, head.get(k))) {
        return k;
      }
    }
    return -1;
  }

  /**
   * The position in {@code head} of the line that reads best as the headline, or -1. A pasted
   * article's first line is its headline ({@link #opensAnArticle}).
   */
  private static int best(LineLedger ledger, List<Integer> head, int limit, Topic topic) {
    boolean opening =
        !head.isEmpty()
            && (opensAnArticle(ledger, head.get(0), limit, topic)
                || opensWithShortHeadline(ledger, head.get(0), limit, topic));
    int weighed = weighed(ledger, head, topic);
    int chosen = opening && !beatsTheOpening(ledger, head, weighed, topic) ? 0 : weighed;
    int signed = chosen > 0 ? signedHeadlineAbove(ledger, head, chosen, topic) : chosen;
    return signed >= 0 ? withoutBreadcrumb(ledger, head, signed) : signed;
  }

  /**
   * The headline chosen, or the line printed below it that it ends with, when what comes before is
   * a breadcrumb of at most {@value #MASTHEAD_LABEL_MAX_WORDS} words glued to the headline, in any
   * case ({@code Home Ricette Marmellata di pere} over {@code MARMELLATA DI PERE}).
   */
  private static int withoutBreadcrumb(LineLedger ledger, List<Integer> head, int chosen) {
    String text = ledger.text(head.get(chosen));
    for (int k = chosen + 1; k < head.size(); k++) {
      String below = ledger.text(head.get(k));
      int start = text.length() - below.length();
      if (start > 0
          && text.regionMatches(true, start, below, 0, below.length())
          && text.charAt(start - 1) == ' '
          && isHeadlineShaped(ledger, head.get(k))
          && LineShape.of(text.substring(0, start)).words() <= MASTHEAD_LABEL_MAX_WORDS) {
        return k;
      }
    }
    return chosen;
  }

  /**
   * The headline chosen, or the nearest line above it that is shaped as a headline, with a byline
   * or dateline among the {@value #HEADED_REACH} lines under it, prose between the two and at least
   * {@value #TRAILING_MIN_TOPIC} of its content words in the opening of the main text, when the one
   * chosen has no byline or dateline under it: the article opens with its signed headline, and the
   * line chosen over the longest run of its prose further down is one of its section headings. A
   * line ending with a full stop is a sentence, and one in a list of teasers the headline of
   * another article.
   */
  private static int signedHeadlineAbove(
      LineLedger ledger, List<Integer> head, int chosen, Topic topic) {
    if (hasMetaNear(ledger, head.get(chosen))) {
      return chosen;
    }
    boolean proseBetween = false;
    for (int k = chosen - 1; k >= 0; k--) {
      int line = head.get(k);
      proseBetween |= k + 1 < chosen && ledger.shape(head.get(k + 1)).isProse();
      if (proseBetween
          && isHeadline(ledger, line)
          && ledger.shape(line).lastMark() != '.'
          && hasMetaNear(ledger, line)
          && !isInTeaserList(ledger, line)
          && topic.share(ledger.text(line)) >= TRAILING_MIN_TOPIC) {
        return k;
      }
    }
    return chosen;
  }

  /** Whether the weighed line, below the first line of the text, is its headline instead. */
  private static boolean beatsTheOpening(
      LineLedger ledger, List<Integer> head, int weighed, Topic topic) {
    return weighed > 0
        && (isBetterHeadline(ledger, head, weighed, topic)
            || isBetterThanFarOpening(ledger, head, weighed, topic)
            || tellsTheTextFarBetter(ledger, head, weighed, topic)
            || standsBehindAMenu(ledger, head, weighed, topic));
  }

  /**
   * Whether the weighed line, behind more than {@value #OPENING_MAX_LABELS} labels (a menu), tells
   * what the main text tells in a share of its words at least {@value #OPENING_MIN_TOPIC} and that
   * much greater than the first line of the text, which has no byline or dateline under it: a
   * pasted article has no menu between its headline and its text, so the first line of a text
   * behind a menu is the site's name or tagline, even with no byline under the headline.
   */
  private static boolean standsBehindAMenu(
      LineLedger ledger, List<Integer> head, int weighed, Topic topic) {
    return tellsTheTextBetterThanTheOpening(ledger, head, weighed, topic)
        && labelsBetween(ledger, head.get(0), head.get(weighed)) > OPENING_MAX_LABELS;
  }

  /**
   * Whether the weighed line tells what the main text tells in a share of its content words at
   * least {@value #OPENING_MIN_TOPIC}, and that much greater than the first line of the text, which
   * has no byline or dateline under it.
   */
  private static boolean tellsTheTextBetterThanTheOpening(
      LineLedger ledger, List<Integer> head, int weighed, Topic topic) {
    int first = head.get(0);
    double share = topic.share(ledger.text(head.get(weighed)));
    return share >= OPENING_MIN_TOPIC
        && share >= topic.share(ledger.text(first)) + OPENING_MIN_TOPIC
        && !hasMetaNear(ledger, first);
  }

  /**
   * Whether the weighed line is a better headline than the first line of the text, which opens the
   * text without a byline or dateline among the {@value #HEADED_REACH} lines under it: it tells
   * what the main text tells, in a share of its words {@value #OPENING_MIN_TOPIC} greater than the
   * first line, has its byline or dateline under it, and stands behind at least {@value
   * #OPENING_MIN_LABELS} labels or lines of page chrome (a menu). A whole page pasted opens with a
   * site name, a skip link or a promo over its menus; a pasted article with its headline, over its
   * standfirst.
   */
  private static boolean isBetterHeadline(
      LineLedger ledger, List<Integer> head, int weighed, Topic topic) {
    int index = head.get(weighed);
    int below = weighed + 1 < head.size() ? head.get(weighed + 1) : -1;
    return tellsTheTextBetterThanTheOpening(ledger, head, weighed, topic)
        && labelsBetween(ledger, head.get(0), index) >= OPENING_MIN_LABELS
        && (hasMetaBelow(ledger, index, below)
            || below >= 0
                && isStandfirstOf(ledger, index, below, topic)
                && hasMetaBelow(ledger, below, nextContent(ledger, below + 1)));
  }

  /**
   * Whether the weighed line is a better headline than a first line far above it, with more than
   * {@value #OPENING_MAX_LABELS} lines of page chrome between (menus, share bars: a whole page
   * pasted), that shares less than {@value #OPENING_FAR_MIN_TOPIC} of its content words with the
   * opening of the main text (a site name, a skip link, a promo sharing a word with it): it shares
   * more, and has a byline or dateline among the {@value #OPENING_MAX_LABELS} lines with text under
   * it.
   */
  private static boolean isBetterThanFarOpening(
      LineLedger ledger, List<Integer> head, int weighed, Topic topic) {
    int first = head.get(0);
    int index = head.get(weighed);
    double share = topic.share(ledger.text(first));
    if (share >= OPENING_FAR_MIN_TOPIC || topic.share(ledger.text(index)) <= share) {
      return false;
    }
    int chrome = 0;
    for (int i = first + 1; i < index; i++) {
      if (ledger.isRemovedAsPageChrome(i)) {
        chrome++;
      }
    }
    return chrome > OPENING_MAX_LABELS && hasMetaWithin(ledger, index, OPENING_MAX_LABELS);
  }

  /**
   * Whether the weighed line tells what the main text tells so much better than the first line of
   * the text that the first line cannot be its headline, though it opens the text: at least {@value
   * #STRONG_TOPIC} of its content words recur in the opening of the main text, {@value
   * #STRONG_TOPIC_GAIN} more than of the first line's, and the first line has no byline or dateline
   * among the {@value #HEADED_REACH} lines under it, nor the weighed line right under it as its
   * standfirst (a first line ending a sentence is no headline with a standfirst). A whole page
   * opens with a site's tagline or notice ({@code Benvenuti nell'edizione europea}) over its
   * headline, with hardly a menu between.
   */
  private static boolean tellsTheTextFarBetter(
      LineLedger ledger, List<Integer> head, int weighed, Topic topic) {
    int first = head.get(0);
    int index = head.get(weighed);
    if (hasMetaNear(ledger, first)
        || ledger.nextNonBlank(first) == index && !ledger.shape(first).isTerminated()) {
      return false;
    }
    double share = topic.share(ledger.text(index));
    return share >= STRONG_TOPIC && share >= topic.share(ledger.text(first)) + STRONG_TOPIC_GAIN;
  }

  /** The share of its content words a headline telling the text far better has at least. */
  static final double STRONG_TOPIC = 0.6;

  /** How much more of its content words it shares than the first line it beats. */
  static final double STRONG_TOPIC_GAIN = 0.5;

  /** Whether a byline or dateline is among the {@code reach} lines with text under the line. */
  private static boolean hasMetaWithin(LineLedger ledger, int index, int reach) {
    int next = index;
    for (int seen = 0; seen < reach; seen++) {
      next = ledger.nextNonBlank(next);
      if (next < 0) {
        return false;
      }
      if (isMeta(ledger, next) || isBylineOrDated(ledger, next)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the line chosen stands under more of the article's prose than a promo or notice above a
   * headline holds: at least {@value #UNDER_TEXT_MIN_WORDS} words of paragraphs of prose above it,
   * half as many as the main text under it has or more, and no byline or dateline near it. A text
   * that opens with its body has no headline there, but a section heading over the rest.
   */
  private static boolean isUnderItsText(LineLedger ledger, int line, MainText.Block block) {
    if (hasMetaNear(ledger, line)) {
      return false;
    }
    int above = 0;
    for (int i = 0; i < line; i++) {
      if (ledger.isOpen(i) && MainText.isGood(ledger.shape(i))) {
        above += ledger.shape(i).words();
      }
    }
    return above >= UNDER_TEXT_MIN_WORDS && 2 * above >= MainText.words(ledger, block);
  }

  /** A line under this many words of prose above the main text may be no headline. */
  static final int UNDER_TEXT_MIN_WORDS = 60;

  /** Whether a byline or dateline is among the {@value #HEADED_REACH} lines with text under it. */
  private static boolean hasMetaNear(LineLedger ledger, int index) {
    return hasMetaWithin(ledger, index, HEADED_REACH);
  }

  /** How many labels or lines removed as page chrome stand between two lines. */
  private static int labelsBetween(LineLedger ledger, int from, int to) {
    int labels = 0;
    for (int i = from + 1; i < to; i++) {
      if (ledger.isRemovedAsPageChrome(i)
          || ledger.isOpen(i) && ledger.shape(i).words() <= MASTHEAD_MAX_WORDS) {
        labels++;
      }
    }
    return labels;
  }

  /** The position in {@code head} of the line that weighs most as the headline, or -1. */
  private static int weighed(LineLedger ledger, List<Integer> head, Topic topic) {
    int best = -1;
    double bestWeight = MIN_WEIGHT;
    int distance = 0;
    for (int k = head.size() - 1; k >= 0 && distance < WINDOW; k--) {
      int index = head.get(k);
      int above = k > 0 ? head.get(k - 1) : -1;
      int below = k + 1 < head.size() ? head.get(k + 1) : -1;
      if (isHeadline(ledger, index)
          && (!isExcerpt(ledger, index) || hasBylineUnder(ledger, index))
          && !wrapsHeadline(ledger, index, above)
          && !wrapsHeadline(ledger, index, below)) {
        double weight =
            weight(ledger, index, below, distance, topic) + topicWeight(ledger, index, topic);
        int headline = headlineAbove(ledger, head, k);
        boolean underStandfirst =
            isStandfirstOrDeck(ledger, above, index, topic) && !hasDeck(ledger, index);
        if (!underStandfirst
            && headline >= 0
            && lineUnder(ledger, headline) == index
            && (isPrintedTwice(ledger, headline)
                || k >= 2 && isHeadedStandfirst(ledger, head.get(k - 2), headline, topic))) {
          weight -= STANDFIRST_COST;
        } else if (underStandfirst) {
          weight -=
              ledger.shape(above).words() > MASTHEAD_LABEL_MAX_WORDS
                      || isDeckOf(ledger, above, index)
                  ? STANDFIRST_COST
                  : KICKER_COST;
        }
        if (weight > bestWeight) {
          bestWeight = weight;
          best = k;
        }
      }
      if (ledger.shape(index).words() >= 3) {
        distance++;
      }
    }
    return best > 0
            && (isLeadUnderByline(ledger, head.get(best - 1), head.get(best), topic)
                || isDeckUnderHeadline(ledger, head.get(best - 1), head.get(best)))
        ? best - 1
        : best;
  }

  /**
   * Whether the line weighed best is the deck printed right under the page's headline, with no
   * blank line between them: the line above is shaped as a headline (though the deck seems to go on
   * from it), longer than a kicker (more than {@value #MASTHEAD_LABEL_MAX_WORDS} words), ends with
   * no full stop or exclamation mark (a question may be a headline), is not in capitals, no caption
   * and printed once; a blank line closes the deck, which the headline does not hold. A page prints
   * its headline over its deck, and the deck over a blank line.
   */
  private static boolean isDeckUnderHeadline(LineLedger ledger, int headline, int line) {
    LineShape head = ledger.shape(headline);
    return headline == line - 1
        && line + 1 < ledger.size()
        && ledger.isBlank(line + 1)
        && !ledger.text(headline).contains(ledger.text(line))
        && isHeadlineShaped(ledger, headline)
        && head.words() > MASTHEAD_LABEL_MAX_WORDS
        && head.lastMark() != '.'
        && head.lastMark() != '!'
        && !isUpperCase(head.text())
        && !isCaption(ledger, headline)
        && !isPrintedTwice(ledger, headline);
  }

  /** Whether the line is a headline's standfirst or long deck, with the headline right above. */
  private static boolean isStandfirstOrDeck(LineLedger ledger, int above, int index, Topic topic) {
    return above >= 0
        && isHeadline(ledger, above)
        && !wrapsHeadline(ledger, above, index)
        && (isStandfirstOf(ledger, above, index, topic) || isLongDeck(ledger, above, index));
  }

  /**
   * Whether the headline-shaped line has a deck of its own under it ({@link #isDeckOf}): then it is
   * the headline, not the standfirst of the line above, as a deck has no deck.
   */
  private static boolean hasDeck(LineLedger ledger, int index) {
    LineShape line = ledger.shape(index);
    if (!mayHaveDeck(line)) {
      return false; // before looking for the line under it
    }
    int next = ledger.nextNonBlank(index);
    if (next < 0 || isDeckOf(ledger, index, next)) {
      return next >= 0;
    }
    boolean passed = !ledger.isOpen(next) || ledger.text(next).equals(line.text());
    int under = passed ? lineUnder(ledger, index) : -1; // past a copy or a removed caption
    return under >= 0 && isDeckOf(ledger, index, under);
  }

  /**
   * Whether the line is the standfirst of the headline above it, long enough to be no menu entry or
   * label: more than {@value #MASTHEAD_LABEL_MAX_WORDS} words under a headline of more than {@value
   * #MASTHEAD_MAX_WORDS}. A line under such a pair opens the body: its first section heading.
   */
  private static boolean isHeadedStandfirst(LineLedger ledger, int above, int index, Topic topic) {
    return ledger.shape(index).words() > MASTHEAD_LABEL_MAX_WORDS
        && ledger.shape(above).words() > MASTHEAD_MAX_WORDS
        && isStandfirstOrDeck(ledger, above, index, topic);
  }

  /** The nearest line above position {@code k} in {@code head} that is no caption, or -1. */
  private static int headlineAbove(LineLedger ledger, List<Integer> head, int k) {
    for (int j = k - 1; j >= 0; j--) {
      if (!isCaption(ledger, head.get(j))) {
        return head.get(j);
      }
    }
    return -1;
  }

  /**
   * Whether the headline-shaped line is printed again within {@value #TWICE_REACH} lines with text
   * of it ({@link #TWICE_WEIGHT}).
   */
  private static boolean isPrintedTwice(LineLedger ledger, int index) {
    LineShape line = ledger.shape(index);
    if (line.words() <= MASTHEAD_LABEL_MAX_WORDS || line.isTerminated()) {
      return false;
    }
    String text = ledger.text(index);
    int next = index;
    int previous = index;
    for (int seen = 0; seen < TWICE_REACH; seen++) {
      next = next < 0 ? -1 : ledger.nextNonBlank(next);
      previous = previous < 0 ? -1 : ledger.previousNonBlank(previous);
      if (next >= 0 && ledger.text(next).equals(text)
          || previous >= 0 && ledger.text(previous).equals(text)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the line weighed best is the lead of the article whose headline is the line above it:
   * between the two stand only bylines, datelines and removed lines, one of them right under the
   * headline-shaped line above and one naming the authors (a date alone may stand over the
   * headline), which tells what the main text tells in at least {@value #OPENING_MIN_TOPIC} of its
   * content words; the line itself has no byline or dateline under it. A page prints its headline
   * over its byline, and the text under the byline.
   */
  private static boolean isLeadUnderByline(LineLedger ledger, int headline, int line, Topic topic) {
    int under = ledger.nextNonBlank(headline);
    if (under < 0
        || under >= line
        || !(isMeta(ledger, under) || isBylineOrDated(ledger, under))
        || !isHeadline(ledger, headline)
        || topic.share(ledger.text(headline)) < OPENING_MIN_TOPIC
        || hasMetaNear(ledger, line)) {
      return false;
    }
    boolean signed = false;
    for (int i = under; i < line; i++) {
      if (ledger.isOpen(i) && !isMeta(ledger, i) && !isBylineOrDated(ledger, i)) {
        return false;
      }
      signed |= isSigned(ledger, i);
    }
    return signed;
  }

  /** Whether the line is an open byline: a meta line that names authors, or "by" and a name. */
  private static boolean isSigned(LineLedger ledger, int index) {
    return ledger.isOpen(index)
        && (ledger.meta(index).map(meta -> !meta.authors().isEmpty()).orElse(false)
            || ledger.shape(index).words() <= BYLINE_MAX_WORDS
                && BYLINE_START.matcher(ledger.text(index)).lookingAt());
  }

  /**
   * Whether the line is a short headline with its byline or dateline right under it: of at most
   * {@value #MASTHEAD_LABEL_MAX_WORDS} words, ending no sentence, not in capitals, without a comma
   * and not a name (a byline the parser does not read, {@code Anna Neri, Staff Writer}, has its
   * date under it too). The line over it is its kicker or the blog's name, not a headline with this
   * line as its standfirst.
   */
  private static boolean isShortHeadlineOverByline(LineLedger ledger, int index) {
    LineShape line = ledger.shape(index);
    String text = line.text();
    int under = ledger.nextNonBlank(index);
    return line.words() <= MASTHEAD_LABEL_MAX_WORDS
        && !line.isTerminated()
        && text.indexOf(',') < 0
        && !isUpperCase(text)
        && isHeadline(ledger, index)
        && !PersonName.isSignature(text)
        && !PersonName.isPersonName(text)
        && ledger.plainNames(index).isEmpty()
        && under >= 0
        && ledger.isOpen(under)
        && (isMeta(ledger, under) || isBylineOrDated(ledger, under));
  }

  /**
   * Whether the line is one of a list of teasers: at least {@value #TEASER_LIST_MIN_LINES} lines in
   * a row without blank lines between, each headline-shaped, of more than {@value
   * #MASTHEAD_MAX_WORDS} words, no row of a table ({@link #TABLE_ROW}), ending no sentence, without
   * a byline or dateline under the last. The line under a teaser is the next teaser, not its
   * standfirst.
   */
  private static boolean isInTeaserList(LineLedger ledger, int index) {
    if (!isTeaser(ledger, index)) {
      return false;
    }
    int first = index;
    while (first > 0 && isTeaser(ledger, first - 1)) {
      first--;
    }
    int last = index;
    while (last + 1 < ledger.size() && isTeaser(ledger, last + 1)) {
      last++;
    }
    int after = ledger.nextNonBlank(last);
    return last - first + 1 >= TEASER_LIST_MIN_LINES
        && !(after >= 0 && (isMeta(ledger, after) || isBylineOrDated(ledger, after)));
  }

  private static boolean isTeaser(LineLedger ledger, int index) {
    return ledger.isOpen(index)
        && !isMeta(ledger, index)
        && ledger.shape(index).words() > MASTHEAD_MAX_WORDS
        && !TABLE_ROW.matcher(ledger.text(index)).find()
        && !ledger.shape(index).isTerminated()
        && isHeadlineShaped(ledger, index);
  }

  /**
   * What a line gains for telling what the opening of the main text tells; a label of a few words
   * ({@code Serie TV}) gains nothing for naming the section the text belongs to.
   */
  private static double topicWeight(LineLedger ledger, int index, Topic topic) {
    return ledger.shape(index).words() <= MASTHEAD_MAX_WORDS
        ? 0
        : TOPIC_WEIGHT * topic.share(ledger.text(index));
  }

  /** How well a headline-shaped line reads as the headline of the main text below it. */
  private static double weight(LineLedger ledger, int index, int next, int distance, Topic topic) {
    LineShape line = ledger.shape(index);
    double weight = 10 - DISTANCE_WEIGHT * distance + Math.min(line.words(), 12) * 0.5;
    if (line.words() <= MASTHEAD_MAX_WORDS + 1) {
      weight -= 5;
    }
    if (line.words() > LONG_TITLE_WORDS) {
      weight -= 3;
    }
    if (line.lastMark() == '.') {
      weight -= line.words() > 12 ? 6 : 3;
    }
    if (isUpperCase(line.text()) && line.words() < 8) {
      weight -= 4;
    }
    if (PersonName.isPersonName(line.text())) {
      weight -= 4;
    }
    if (isCaption(ledger, index)) {
      weight -= CAPTION_COST;
    }
    if (isPrintedTwice(ledger, index)) {
      weight += TWICE_WEIGHT;
    }
    boolean standfirst =
        next >= 0
            && !isInTeaserList(ledger, index)
            && (isStandfirstOf(ledger, index, next, topic) || isLongDeck(ledger, index, next));
    if (standfirst) {
      weight += 4;
    }
    if (hasMetaBelow(ledger, index, next)
        || standfirst && hasMetaBelow(ledger, next, nextContent(ledger, next + 1))) {
      weight += META_WEIGHT;
    }
    return weight;
  }

  /**
   * Whether the line under a headline-shaped line is its standfirst: shaped as one, and longer than
   * the line above, or, right under a line longer than a label, a sentence under a line that is
   * none or telling the text no better than it (a deck may be shorter than its headline, and tell
   * the text better).
   */
  private static boolean isStandfirstOf(LineLedger ledger, int title, int line, Topic topic) {
    if (isShortHeadlineOverByline(ledger, line)) {
      return false;
    }
    return isDeckOf(ledger, title, line)
        || (ledger.shape(line).words() > ledger.shape(title).words()
                || ledger.shape(title).words() > MASTHEAD_LABEL_MAX_WORDS
                    && (ledger.nextOpen(title + 1) == line || lineUnder(ledger, title) == line)
                    && (ledger.shape(line).isTerminated() && !ledger.shape(title).isTerminated()
                        || topic.share(ledger.text(line)) <= topic.share(ledger.text(title))))
            && isStandfirst(ledger, title, line);
  }

  /**
   * Whether the line is the deck of the headline-shaped line over it, as whole pages print it
   * between the headline and the byline, share bars or a caption: the next line with text under a
   * headline of more than {@value #MASTHEAD_MAX_WORDS} words, not in capitals, that ends no
   * sentence: a sentence ending with a full stop, or twice as long as a headline of at least
   * {@value #DECK_HEADLINE_MIN_WORDS} words. A kicker over a headline is shorter than it, often in
   * capitals, and ends no sentence.
   */
  private static boolean isDeckOf(LineLedger ledger, int title, int line) {
    LineShape head = ledger.shape(title);
    LineShape deck = ledger.shape(line);
    return mayHaveDeck(head)
        && (ledger.nextNonBlank(title) == line || lineUnder(ledger, title) == line)
        && (deck.lastMark() == '.' && deck.words() >= SUBTITLE_MIN_WORDS
            || head.words() >= DECK_HEADLINE_MIN_WORDS && deck.words() >= 2 * head.words())
        && deck.words() <= SENTENCE_SUBTITLE_MAX_WORDS
        && !deck.isTruncated()
        && !isBylineOrDated(ledger, line)
        && !PersonName.isSignature(ledger.text(line));
  }

  /**
   * Whether a headline-shaped line may stand over a deck ({@link #isDeckOf}): of more than {@value
   * #MASTHEAD_MAX_WORDS} words, ending no sentence, not in capitals, as a kicker is.
   */
  private static boolean mayHaveDeck(LineShape head) {
    return head.words() > MASTHEAD_MAX_WORDS && !head.isTerminated() && !isUpperCase(head.text());
  }

  /**
   * The next line with text under a headline-shaped line, past the copies of it and the captions
   * that pages print between a headline and its deck (the page's title over the headline, a picture
   * with its caption), or -1.
   */
  private static int lineUnder(LineLedger ledger, int title) {
    String text = ledger.text(title);
    int next = ledger.nextNonBlank(title);
    while (next >= 0 && (ledger.text(next).equals(text) || isCaption(ledger, next))) {
      next = ledger.nextNonBlank(next);
    }
    return next;
  }

  /**
   * Whether the line wraps the text of a neighbouring headline-shaped line in other words: a
   * breadcrumb ending with the headline ({@code Home › Cronaca › Titolo}), a kicker or a share
   * button glued to it ({@code Condividi: Titolo}). The neighbour is the headline, not the line.
   */
  private static boolean wrapsHeadline(LineLedger ledger, int index, int neighbour) {
    if (neighbour < 0 || ledger.shape(neighbour).words() <= MASTHEAD_MAX_WORDS) {
      return false;
    }
    String text = ledger.text(index);
    String other = ledger.text(neighbour);
    return text.length() > other.length()
        && text.contains(other)
        && isHeadlineShaped(ledger, neighbour);
  }

  /**
   * Whether the line's text recurs inside a later line that is no headline itself: an excerpt of
   * the text (a teaser, a repeated lead), not its headline. A headline-shaped line that repeats it
   * ({@code Condividi: Titolo}) wraps the headline instead ({@link #wrapsHeadline}).
   */
  private static boolean isExcerpt(LineLedger ledger, int index) {
    String text = ledger.text(index);
    for (int i = index + 1; i < ledger.size() && i < index + EXCERPT_REACH; i++) {
      if (ledger.isOpen(i)
          && ledger.text(i).length() > text.length()
          && ledger.text(i).contains(text)
          && !isHeadlineShaped(ledger, i)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the line opens the text as a pasted article does: a headline of four words or more,
   * with nothing above it but blank lines and date markers. Its distance from the main text then
   * does not count against it.
   */
  private static boolean opensTheText(LineLedger ledger, int index) {
    return ledger.shape(index).words() > MASTHEAD_MAX_WORDS && isFirstLine(ledger, index);
  }

  /**
   * Whether the line opens the text and tells what the main text tells, in at least {@value
   * #OPENING_MIN_TOPIC} of its content words, without reading as a person's name: a short headline
   * over its dateline ({@code Classifica marcatori}), not the bare name of a byline.
   */
  private static boolean isTopicalFirstLine(LineLedger ledger, int index, Topic topic) {
    return isFirstLine(ledger, index)
        && topic.share(ledger.text(index)) >= OPENING_MIN_TOPIC
        && !PersonName.isPersonName(ledger.text(index));
  }

  /** Whether nothing but blank lines and date markers stands above the line. */
  private static boolean isFirstLine(LineLedger ledger, int index) {
    for (int i = 0; i < index; i++) {
      if (!ledger.isBlank(i) && !ledger.isRemovedBy(i, RuleName.DATE_MARKER)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether the line is the headline of a pasted article: a headline-shaped line, not in capitals,
   * that opens the text, is no excerpt of a line below and no kicker over the headline, does not go
   * on into a paragraph under it (a short line under it that seems to go on from it is a byline or
   * a label), and either tells what the main text tells or has few labels between it and the main
   * text (a whole page pasted has its menus there). It is taken however far above the main text it
   * stands.
   */
  private static boolean opensAnArticle(LineLedger ledger, int index, int limit, Topic topic) {
    if (!opensTheText(ledger, index)
        || !isHeadlineShaped(ledger, index)
        || isExcerpt(ledger, index)
        || runsOnToNextLine(ledger, index) && ledger.shape(index + 1).words() > BYLINE_MAX_WORDS
        || isKickerAbove(ledger, index)
        || isUpperCase(ledger.text(index))) {
      return false;
    }
    int labels = 0;
    for (int i = index + 1; i < limit; i++) {
      if (!ledger.isBlank(i) && ledger.shape(i).words() <= MASTHEAD_MAX_WORDS) {
        labels++;
      }
    }
    return labels <= OPENING_MAX_LABELS || topic.share(ledger.text(index)) >= OPENING_MIN_TOPIC;
  }

  /**
   * Whether the line is the short headline of a pasted article ({@code Cantieri aperti}, {@code
   * Ponti senza manutenzione}): of {@value #TITLE_MIN_WORDS} to {@value #MASTHEAD_MAX_WORDS} words,
   * with nothing above it, headline-shaped (a short line under it that seems to go on from it is a
   * label) and not in capitals, telling what the main text tells in at least {@value
   * #OPENING_MIN_TOPIC} of its content words, no kicker, and with a byline or dateline among the
   * {@value #HEADED_REACH} lines with text under it or the main text starting there, and no longer
   * headline-shaped line without a sentence end before them. A site name at the top of a whole page
   * has menus or its tagline under it, and tells the text less.
   */
  private static boolean opensWithShortHeadline(
      LineLedger ledger, int index, int limit, Topic topic) {
    LineShape line = ledger.shape(index);
    if (line.words() > MASTHEAD_MAX_WORDS
        || !ledger.isOpen(index)
        || !isFirstLine(ledger, index)
        || !isHeadlineShaped(ledger, index)
        || runsOnToNextLine(ledger, index) && ledger.shape(index + 1).words() > BYLINE_MAX_WORDS
        || isUpperCase(line.text())
        || isKickerAbove(ledger, index)
        || topic.share(line.text()) < OPENING_MIN_TOPIC) {
      return false;
    }
    int next = index;
    for (int seen = 0; seen < HEADED_REACH; seen++) {
      next = ledger.nextNonBlank(next);
      if (next < 0) {
        return false;
      }
      if (next == limit || isMeta(ledger, next) || isBylineOrDated(ledger, next)) {
        return true;
      }
      if (ledger.isOpen(next)
          && ledger.shape(next).words() > MASTHEAD_MAX_WORDS
          && !ledger.shape(next).isTerminated()
          && isHeadlineShaped(ledger, next)) {
        return false;
      }
    }
    return false;
  }

  /**
   * Whether the line is a kicker over the headline ({@code La guerra in Ucraina} over the title): a
   * few words right over a longer headline-shaped line that has a standfirst or the text under it.
   */
  private static boolean isKickerAbove(LineLedger ledger, int index) {
    int next = ledger.nextNonBlank(index);
    if (ledger.shape(index).words() > MASTHEAD_LABEL_MAX_WORDS
        || next < 0
        || !ledger.isOpen(next)
        || !isHeadline(ledger, next)
        || ledger.shape(next).words() <= ledger.shape(index).words()) {
      return false;
    }
    int after = ledger.nextNonBlank(next);
    return after >= 0 && ledger.shape(after).words() >= LineShape.LONG_PROSE_MIN_WORDS;
  }

  /**
   * Whether the line is the caption of a picture: the next line with text is its photo credit, or
   * the credit is glued to it.
   */
  private static boolean isCaption(LineLedger ledger, int index) {
    int next = ledger.nextNonBlank(index);
    return next >= 0 && ledger.isRemovedBy(next, RuleName.IMAGE_CREDIT)
        || GLUED_CREDIT.matcher(ledger.text(index)).find()
        || BRACKETED_CREDIT.matcher(ledger.text(index)).find();
  }

  /** Whether a byline or dateline stands between the line and the next content line. */
  private static boolean hasMetaBelow(LineLedger ledger, int index, int next) {
    if (next >= 0
        && (isBylineOrDated(ledger, next)
            || PersonName.isPersonName(ledger.text(next))
            || ledger.plainNames(next).isPresent()
            || isSignedList(ledger, next))) {
      return true;
    }
    int end = next < 0 ? Math.min(ledger.size(), index + 8) : next;
    for (int i = index + 1; i < end; i++) {
      if (ledger.isOpen(i) && (isMeta(ledger, i) || isSignatureByDateline(ledger, i))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the text is a byline without its label: several names ({@code Anna Neri e Luca Bianchi
   * ANSA}) or a name with its role or outlet after a comma ({@code Anna Neri, Staff Writer}).
   */
  private static boolean isSignedList(LineLedger ledger, int index) {
    return ledger
        .signedNames(index)
        .filter(names -> names.size() > 1 || ledger.text(index).indexOf(',') > 0)
        .isPresent();
  }

  private static boolean isUpperCase(String text) {
    boolean letters = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isLowerCase(c)) {
        return false;
      }
      letters |= Character.isLetter(c);
    }
    return letters;
  }

  /**
   * The ledger index of the standfirst under the title — the next content line, above the main text
   * or as its first line, when it reads as one — or -1.
   */
  private static int subtitle(
      LineLedger ledger, List<Integer> head, int title, MainText.Block block) {
    int next =
        title + 1 < head.size() ? head.get(title + 1) : nextContent(ledger, head.get(title) + 1);
    if (next < 0 || !ledger.isOpen(next) || !block.isEmpty() && next > block.start()) {
      return -1;
    }
    return isStandfirst(ledger, head.get(title), next) && !isSectionHeading(ledger, next)
            || isLongDeck(ledger, head.get(title), next)
        ? next
        : -1;
  }

  /**
   * Whether the line right under a headline-shaped line is its long standfirst: more than {@value
   * #LONG_TITLE_WORDS} words and at most {@value #TITLE_MAX_WORDS}, no paragraph of prose, in parts
   * joined by dashes ({@code Settimana di annunci – Sono stati presentati tre titoli – Ecco cosa
   * cambia}), at least twice the words of the headline over it, with more text under it. Such a
   * deck is no headline, and it says the line over it is one.
   */
  private static boolean isLongDeck(LineLedger ledger, int title, int line) {
    LineShape deck = ledger.shape(line);
    return deck.words() > LONG_TITLE_WORDS
        && deck.words() <= TITLE_MAX_WORDS
        && !MainText.isGood(deck)
        && deck.words() >= 2 * ledger.shape(title).words()
        && ledger.shape(title).words() > MASTHEAD_MAX_WORDS
        && ledger.nextOpen(title + 1) == line
        && DECK_PARTS.matcher(deck.text()).find()
        && nextContent(ledger, line + 1) >= 0
        && isHeadlineShaped(ledger, title);
  }

  /**
   * Whether a line shaped as a standfirst is the first section heading instead: a line in title
   * case.
   */
  private static boolean isSectionHeading(LineLedger ledger, int index) {
    LineShape line = ledger.shape(index);
    return !line.isTerminated() && isTitleCased(line, ledger.stopWords());
  }

  /**
   * Whether every word of the line but its function words starts with a capital, as the first
   * section heading of an English text does ({@code Building An Affordable Home Gym}); a standfirst
   * is written as a sentence. Only English writes headings so: Italian and the other languages
   * capitalise names (an Italian standfirst may be {@code Aula Paolo VI}), German every noun. Words
   * glued together by the paste ({@code Anna NeriView More Articles}) are no heading.
   */
  static boolean isTitleCased(LineShape line, StopWords stopWords) {
    if (stopWords.language() != StopWords.Language.EN) {
      return false;
    }
    int capitalised = 0;
    for (String word : line.text().split("\\s+")) {
      if (word.isEmpty() || !Character.isLetter(word.charAt(0))) {
        continue;
      }
      if (GLUED_WORDS.matcher(word).find()) {
        return false;
      }
      if (Character.isUpperCase(word.charAt(0))) {
        capitalised++;
      } else if (!stopWords.isStopWord(word)) {
        return false;
      }
    }
    return capitalised >= TITLE_CASE_MIN_WORDS;
  }

  /**
   * Whether the line was removed as a repeated line but is a headline printed again near the text
   * (in a gallery, a share line, the page's title): headline-shaped, sharing at least {@value
   * #OPENING_MIN_TOPIC} of its content words with the opening of the main text, with no paragraph
   * of prose between it and the main text.
   */
  private static boolean isRepeatedHeadline(LineLedger ledger, int index, int limit, Topic topic) {
    if (!ledger.isRemovedBy(index, RuleName.REPEATED_LINE)
        || !isHeadlineShaped(ledger, index)
        || topic.share(ledger.text(index)) < OPENING_MIN_TOPIC) {
      return false;
    }
    for (int i = index + 1; i < limit; i++) {
      if (ledger.isOpen(i) && MainText.isGood(ledger.shape(i))) {
        return false;
      }
    }
    return true;
  }

  /** Whether the line labels a picture, a video or a gallery above the main text. */
  private static boolean isMediaLabel(LineShape line) {
    return line.words() <= MASTHEAD_MAX_WORDS && MEDIA_LABEL.matcher(line.text()).lookingAt();
  }

  /** Whether the line is a section label above the main text ({@link #SECTION_LABEL}). */
  private static boolean isSectionLabel(LineShape line) {
    return line.words() <= MASTHEAD_MAX_WORDS
        && line.stopDensity() == 0
        && SECTION_LABEL.matcher(line.text()).lookingAt();
  }

  /** A site name, menu entry or section label: a few words, no sentence. */
  static boolean isMastheadLabel(LineShape line) {
    return line.words() <= MASTHEAD_LABEL_MAX_WORDS
        && !line.isTerminated()
        && line.lastMark() != ':';
  }

  /** The next open line that is not a dateline or byline, or -1. */
  private static int nextContent(LineLedger ledger, int from) {
    for (int i = ledger.nextOpen(from); i >= 0; i = ledger.nextOpen(i + 1)) {
      if (!isMeta(ledger, i) && !isSignatureByDateline(ledger, i)) {
        return i;
      }
    }
    return -1;
  }

  /** A bare name or {@code Redazione} right next to a dateline: a byline without "di". */
  private static boolean isSignatureByDateline(LineLedger ledger, int index) {
    if (!PersonName.isSignature(ledger.text(index))) {
      return false;
    }
    int before = index - 1;
    while (before >= 0 && ledger.isBlank(before)) {
      before--;
    }
    int after = ledger.nextNonBlank(index);
    return before >= 0 && isMeta(ledger, before) || after >= 0 && isMeta(ledger, after);
  }

  /**
   * Whether the line is a byline's label alone over the signature it labels ({@code By} over {@code
   * Anna Neri}), or that signature: pages print label and name in elements of their own, and the
   * two are the byline, no headline material.
   */
  private static boolean isLabelledSignature(LineLedger ledger, int index) {
    int above = ledger.previousNonBlank(index);
    return isLabelOver(ledger, index, ledger.nextNonBlank(index))
        || above >= 0 && isLabelOver(ledger, above, index);
  }

  private static boolean isLabelOver(LineLedger ledger, int label, int name) {
    return name >= 0
        && ledger.isOpen(name)
        && BylineParser.isLabel(ledger.text(label))
        && PersonName.isSignature(ledger.text(name));
  }

  private static boolean isMeta(LineLedger ledger, int index) {
    return ledger.meta(index).isPresent();
  }

  static boolean isHeadline(LineLedger ledger, int index) {
    return isHeadlineShaped(ledger, index) && !runsOnToNextLine(ledger, index);
  }

  /**
   * Whether the line has the shape of a headline, whether or not the next line seems to go on from
   * it (the first line of a pasted article is its headline even so: {@code Titolo} over {@code di
   * Mario Rossi}).
   */
  private static boolean isHeadlineShaped(LineLedger ledger, int index) {
    LineShape line = ledger.shape(index);
    char last = line.lastMark();
    return line.words() >= TITLE_MIN_WORDS
        && line.words() <= TITLE_MAX_WORDS
        && line.length() <= TITLE_MAX_CHARS
        && line.startsCapitalised()
        && !line.isListItem()
        && !line.isTruncated()
        && last != ','
        && last != ';'
        && last != ':'
        && !(last == '.' && line.words() > SENTENCE_TITLE_MAX_WORDS)
        && sentences(line.text()) <= TITLE_MAX_SENTENCES
        && !isBylineOrDated(ledger, index)
        && !BREADCRUMB.matcher(line.text()).find()
        && !isKicker(line);
  }

  /** Whether the line names only the place of the story ({@link #PLACE_KICKER}). */
  private static boolean isPlaceKicker(LineShape line) {
    return line.words() == 2 && PLACE_KICKER.matcher(line.text()).matches();
  }

  /**
   * Whether the line is a kicker, no headline: the place of the story ({@link #PLACE_KICKER}) or a
   * label in capitals of at most {@value #MASTHEAD_MAX_WORDS} words ({@code IL CASO}, {@code
   * L'INTERVISTA}).
   */
  private static boolean isKicker(LineShape line) {
    return isPlaceKicker(line)
        || line.words() <= MASTHEAD_MAX_WORDS
            && isUpperCase(line.text())
            && line.text().chars().anyMatch(Character::isUpperCase); // a script without case
  }

  /**
   * A line that reads as a byline or a dateline even where it does not parse as one whole: it
   * starts with a byline's "by" and a name ({@code By Anna Neri, Staff writer}), or is a short line
   * with a date in it.
   */
  static boolean isBylineOrDated(LineLedger ledger, int index) {
    LineShape line = ledger.shape(index);
    return line.words() <= BYLINE_MAX_WORDS && BYLINE_START.matcher(line.text()).lookingAt()
        || line.words() <= DATED_MAX_WORDS
            && ledger.hasDate(index)
            && !HeadlineText.ownsDate(line.text(), ledger.stopWords());
  }

  /**
   * A standfirst: a short line under the title, not a name, a list of names, a name with the
   * author's handle, a continued sentence or a lead opening with its place ({@link #PLACE_LEAD}),
   * with more text after it. A one-sentence standfirst must come straight under the title (a byline
   * or date in between means the body has started) and be shorter than the paragraph after it.
   */
  private static boolean isStandfirst(LineLedger ledger, int title, int index) {
    LineShape line = ledger.shape(index);
    int after = nextContent(ledger, index + 1);
    if (after < 0
        || line.words() < SUBTITLE_MIN_WORDS
        || line.isListItem()
        || line.isTruncated()
        || line.lastMark() == ':'
        || !line.startsCapitalised()
        || PLACE_LEAD.matcher(line.text()).lookingAt()
        || PersonName.isSignature(line.text())
        || ledger.plainNames(index).isPresent()
        || isSignedList(ledger, index)
        || line.text().contains("@") && ledger.signature(index).isPresent()
        || isBylineOrDated(ledger, index)
        || runsOnToNextLine(ledger, index)) {
      return false;
    }
    if (!line.isTerminated()) {
      return line.words() <= SUBTITLE_MAX_WORDS;
    }
    return line.words() <= SENTENCE_SUBTITLE_MAX_WORDS
        && ledger.nextOpen(title + 1) == index
        && ledger.shape(after).words() > line.words();
  }

  /**
   * Whether the next line seems to go on from the line, as the lines of a paragraph do; not a line
   * of less than half its width that starts with a capital after a line without a comma, as a
   * paragraph starts under its headline ({@code Ecco perché} over {@code Il governo…}).
   */
  private static boolean runsOnToNextLine(LineLedger ledger, int index) {
    if (index + 1 >= ledger.size()
        || !ledger.isOpen(index + 1)
        || isMeta(ledger, index + 1)
        || isBylineOrDated(ledger, index + 1)) {
      return false;
    }
    LineShape line = ledger.shape(index);
    LineShape next = ledger.shape(index + 1);
    return ParagraphSplitter.runsOn(line, next)
        && !(next.startsCapitalised()
            && line.lastMark() != ','
            && line.lastMark() != ';'
            && line.length() * 2 < next.length());
  }

  private static int sentences(String text) {
    int count = 1;
    var m = SENTENCE_END.matcher(text);
    while (m.find()) {
      count++;
    }
    return count;
  }
}
