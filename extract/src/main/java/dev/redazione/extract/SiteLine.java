package dev.redazione.extract;

import java.util.regex.Pattern;

/**
 * A line of the site's own furniture at the top of a page that has the shape of a headline: the
 * site's feed links glued to its motto ({@code Notizie sul climaPosts RSS Comments RSS}), the
 * publisher's postal address over its phone number or e-mail, a tagline inviting the reader to
 * explore the site ({@code Esplora il mondo della tecnologia con …}) that tells nothing of the
 * text. None of them is the headline, however near the top it stands.
 */
final class SiteLine {

  /** Feed links at the end of the line: {@code Posts RSS}, {@code Comments RSS}, {@code Feed}. */
  private static final Pattern FEED_LINKS = Pattern.compile("\\b(?:RSS|Atom|Feed)\\s*$");

  /** An e-mail address. */
  private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+");

  /** A phone number: digits, spaces, brackets and dashes, at least seven digits. */
  private static final Pattern PHONE =
      Pattern.compile(
          "(?:(?:tel|phone|telefono|fon)\\.?\\s*:?\\s*)?\\+?[\\d ()./-]{7,}",
          Pattern.CASE_INSENSITIVE);

  /** A postal code before a town: {@code 00-697 Warsaw}, {@code 20121 Milano}. */
  private static final Pattern POSTAL_CODE =
      Pattern.compile("(?:^|,\\s*)(?:\\d{2}-\\d{3}|\\d{4,5})\\s+\\p{Lu}\\p{L}+");

  /** An invitation to explore or discover the site, as taglines open. */
  private static final Pattern INVITATION =
      Pattern.compile(
          "(?:Esplora|Scopri|Explore|Discover|Entdecke|Entdecken Sie|Descubre|Explora|Découvrez)\\s");

  /** How many lines with text under the address are looked at for the phone number or e-mail. */
  static final int CONTACT_REACH = 2;

  private SiteLine() {}

  /**
   * Whether the line is the site's furniture rather than a headline: feed links at its end, a
   * postal address with the phone number or e-mail under it, or an invitation to explore that
   * shares less than {@value HeadlineDetector#OPENING_MIN_TOPIC} of its content words with the
   * opening of the main text.
   */
  static boolean isSiteLine(LineLedger ledger, int index, Topic topic) {
    String text = ledger.text(index);
    return FEED_LINKS.matcher(text).find()
        || POSTAL_CODE.matcher(text).find() && hasContactUnder(ledger, index)
        || INVITATION.matcher(text).lookingAt()
            && topic.share(text) < HeadlineDetector.OPENING_MIN_TOPIC;
  }

  private static boolean hasContactUnder(LineLedger ledger, int index) {
    int next = index;
    for (int seen = 0; seen < CONTACT_REACH; seen++) {
      next = ledger.nextNonBlank(next);
      if (next < 0) {
        return false;
      }
      String text = ledger.text(next);
      if (EMAIL.matcher(text).matches() || PHONE.matcher(text).matches()) {
        return true;
      }
    }
    return false;
  }
}
