package dev.redazione.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The README's library example, compiled and run so that it stays true. */
class UsageExampleTest {

  @Test
  void readmeExampleBuildsAndQueriesAnArchiveWithCoreAlone() {
    Article article =
        Article.builder()
            .slug(Slug.of("Microsoft e OpenAI: l’accordo"))
            .title("Microsoft e OpenAI: l’accordo")
            .date(PublicationDate.parse("2025-01"))
            .tags(List.of(Tag.of("OpenAI"), Tag.of("Microsoft")))
            .source(new Source("accordo.md", SourceFormat.FRONT_MATTER_MARKDOWN))
            .build();
    Archive archive = Archive.of(List.of(article));

    assertThat(archive.byTag("openai")).containsExactly(article);
    assertThat(archive.getBySlug("microsoft-e-openai-l-accordo").date().orElseThrow().toItalian())
        .isEqualTo("gennaio 2025");
  }
}
