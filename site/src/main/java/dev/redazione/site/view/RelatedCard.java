package dev.redazione.site.view;

import java.util.Objects;

/**
 * An article suggested under another ("Leggi anche", "Sulla stessa notizia") with the reason, such
 * as {@code stessi temi: OpenAI, Azure}.
 *
 * @param card the suggested article
 * @param reason why it is suggested, in Italian
 */
public record RelatedCard(ArticleCard card, String reason) {

  /** Requires both. */
  public RelatedCard {
    Objects.requireNonNull(card, "card");
    Objects.requireNonNull(reason, "reason");
  }
}
