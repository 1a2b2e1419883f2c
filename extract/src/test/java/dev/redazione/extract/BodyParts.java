package dev.redazione.extract;

import java.util.Arrays;
import java.util.List;

/** Reads a canonical body back into headings and paragraphs, for assertions. */
record BodyParts(List<String> headings, List<String> paragraphs) {

  static BodyParts of(String bodyMarkdown) {
    List<String> parts =
        Arrays.stream(bodyMarkdown.strip().split("\n\n")).filter(p -> !p.isBlank()).toList();
    return new BodyParts(
        parts.stream().filter(p -> p.startsWith("## ")).map(p -> p.substring(3)).toList(),
        parts.stream().filter(p -> !p.startsWith("## ")).toList());
  }

  String first() {
    return paragraphs.get(0);
  }

  String last() {
    return paragraphs.get(paragraphs.size() - 1);
  }
}
