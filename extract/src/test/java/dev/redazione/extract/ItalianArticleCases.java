package dev.redazione.extract;

import java.util.List;
import java.util.stream.Stream;

/**
 * Every raw text shaped like a paste from an Italian news site that the rules were not written
 * against: bylines, datelines, cookie banners, breadcrumbs, share bars, related blocks, comment
 * prompts, author boxes, lists and short paragraphs that must stay.
 */
final class ItalianArticleCases {

  private ItalianArticleCases() {}

  static List<ArticleCase> all() {
    return Stream.of(
            MetadataCases.all(),
            FurnitureCases.all(),
            WidgetCases.all(),
            BodyCases.all(),
            FullPageCases.all(),
            RealPageCases.all(),
            PasteMetadataCases.all(),
            BylineDatelineCases.all(),
            DatelineCases.all(),
            OpeningDateCases.all(),
            HeadlineCases.all(),
            PageHeadlineCases.all(),
            HeadlineChoiceCases.all(),
            WholePageHeadlineCases.all(),
            HeadlineKindsCases.all(),
            BoundaryCases.all(),
            MainTextCases.all())
        .flatMap(List::stream)
        .toList();
  }
}
