package dev.redazione.search;

/**
 * The compact text form of the static index's postings, which the script decodes: numbers as
 * base-32 digits, most significant first, every digit but the last marked by adding 32, each digit
 * one character of a 64-character alphabet that needs no escaping in JSON. A posting is the gap
 * from the previous article's number (minus one) followed by the weight as one digit (0–63).
 * Stateless.
 */
final class PostingCodec {

  /** The digits, by value. */
  static final String ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_";

  private PostingCodec() {}

  /** Appends a number of any size as base-32 digits with continuation marks. */
  static void appendNumber(StringBuilder out, int value) {
    if (value < 0) {
      throw new IllegalArgumentException("negative posting number " + value);
    }
    int shift = 0;
    while ((value >>> (shift + 5)) != 0) {
      shift += 5;
    }
    for (; shift > 0; shift -= 5) {
      out.append(ALPHABET.charAt(32 | ((value >>> shift) & 31)));
    }
    out.append(ALPHABET.charAt(value & 31));
  }

  /** Appends one digit of 0–63. */
  static void appendDigit(StringBuilder out, int value) {
    out.append(ALPHABET.charAt(value));
  }
}
