package dev.redazione.ingest;

/**
 * The entry point of Jazzer's standalone driver ({@code scripts/fuzz-long.sh}): the check of {@link
 * ArticleReaderFuzzTest}, without the JUnit fuzz test's time and execution budget.
 */
public final class ArticleReaderFuzzDriver {

  private ArticleReaderFuzzDriver() {}

  /** Called by Jazzer's driver with each input. */
  public static void fuzzerTestOneInput(byte[] bytes) {
    ArticleReaderFuzzTest.check(bytes);
  }
}
