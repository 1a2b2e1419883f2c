package dev.redazione.extract;

/**
 * One raw text with what an editor expects from it.
 *
 * @param name a short name shown in test reports
 * @param text the raw text
 * @param expected the expectations
 */
record ArticleCase(String name, String text, Expectation expected) {

  RawExtraction extract() {
    return RawTextExtractor.create().extract(name + ".txt", text);
  }

  void verify() {
    expected.verify(name, text, extract());
  }

  @Override
  public String toString() {
    return name;
  }
}
