package dev.redazione.solr;

import dev.redazione.core.Archive;
import dev.redazione.core.Article;
import dev.redazione.core.Page;
import dev.redazione.core.Slug;
import dev.redazione.core.Tag;
import dev.redazione.core.TermCount;
import dev.redazione.core.search.ArticleSearch;
import dev.redazione.core.search.MarkedText;
import dev.redazione.core.search.RelatedArticle;
import dev.redazione.core.search.SearchHit;
import dev.redazione.core.search.SearchQuery;
import dev.redazione.core.search.SearchResults;
import dev.redazione.core.search.UserQuery;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.solr.client.solrj.response.FacetField;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.client.solrj.response.SpellCheckResponse;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.params.ModifiableSolrParams;

/**
 * The SolrCloud {@link ArticleSearch} of one archive snapshot: queries go to the collection, hits
 * are mapped back to the snapshot's articles by slug (a hit the snapshot does not have is left
 * out). Related articles come from Solr's MoreLikeThis over title and body; same-story groups are
 * read from the article's document, where the indexer stored them. Immutable and thread-safe.
 */
final class SolrArticleSearch implements ArticleSearch {

  private static final int MAX_REASON_TAGS = 3;

  private final Archive archive;
  private final SolrCollectionClient collection;

  SolrArticleSearch(Archive archive, SolrCollectionClient collection) {
    this.archive = Objects.requireNonNull(archive, "archive");
    this.collection = Objects.requireNonNull(collection, "collection");
  }

  @Override
  public SearchResults search(SearchQuery query) {
    Objects.requireNonNull(query, "query");
    Optional<ModifiableSolrParams> params = SearchParams.of(query);
    if (params.isEmpty()) {
      return SearchResults.empty(query);
    }
    Optional<QueryResponse> answer = collection.query(params.get(), "`" + query.text() + "`");
    if (answer.isEmpty()) {
      return SearchResults.empty(query);
    }
    QueryResponse response = answer.get();
    int total = (int) response.getResults().getNumFound();
    List<SearchHit> hits = new ArrayList<>();
    Map<String, Map<String, List<String>>> highlights =
        response.getHighlighting() == null ? Map.of() : response.getHighlighting();
    for (SolrDocument doc : response.getResults()) {
      String id = (String) doc.getFieldValue(ArticleFields.ID);
      archive
          .findBySlug(id)
          .ifPresent(
              article ->
                  hits.add(hit(article, (Float) doc.getFieldValue("score"), highlights.get(id))));
    }
    return new SearchResults(
        query,
        new Page<>(hits, query.page(), query.pageSize(), total),
        tagCounts(response.getFacetField(ArticleFields.TAG_KEY)),
        yearCounts(response.getFacetField(ArticleFields.YEAR)),
        total == 0 ? suggestion(query, response.getSpellCheckResponse()).orElse(null) : null);
  }

  private static SearchHit hit(Article article, Float score, Map<String, List<String>> marked) {
    Map<String, List<String>> fields = marked == null ? Map.of() : marked;
    MarkedText title =
        first(fields, ArticleFields.TITLE)
            .map(MarkedSnippets::marked)
            .orElseGet(() -> MarkedText.escape(article.title()));
    MarkedText passage =
        first(fields, ArticleFields.BODY)
            .map(MarkedSnippets::marked)
            .orElseGet(() -> MarkedText.escape(""));
    return new SearchHit(article, score == null ? 0f : score, title, passage);
  }

  private static Optional<String> first(Map<String, List<String>> fields, String field) {
    List<String> snippets = fields.get(field);
    return snippets == null || snippets.isEmpty() ? Optional.empty() : Optional.of(snippets.get(0));
  }

  private List<TermCount<Tag>> tagCounts(FacetField facet) {
    List<TermCount<Tag>> tags = new ArrayList<>();
    if (facet != null && facet.getValues() != null) {
      for (FacetField.Count count : facet.getValues()) {
        archive
            .findTag(count.getName())
            .ifPresent(tag -> tags.add(new TermCount<>(tag, (int) count.getCount())));
      }
    }
    tags.sort(
        Comparator.<TermCount<Tag>>comparingInt(TermCount::count)
            .reversed()
            .thenComparing(c -> c.term().key()));
    return tags;
  }

  private static List<TermCount<Integer>> yearCounts(FacetField facet) {
    List<TermCount<Integer>> years = new ArrayList<>();
    if (facet != null && facet.getValues() != null) {
      for (FacetField.Count count : facet.getValues()) {
        years.add(new TermCount<>(Integer.parseInt(count.getName()), (int) count.getCount()));
      }
    }
    years.sort(Comparator.comparing((TermCount<Integer> c) -> c.term()).reversed());
    return years;
  }

  /** Each typed word Solr knows a correction for, corrected in the case it was typed in. */
  private static Optional<String> suggestion(SearchQuery query, SpellCheckResponse spelling) {
    if (spelling == null || spelling.getSuggestionMap().isEmpty()) {
      return Optional.empty();
    }
    List<String> corrected = new ArrayList<>();
    boolean changed = false;
    for (String typed : UserQuery.parse(query.text()).words()) {
      List<String> words = SurfaceWords.of(typed);
      SpellCheckResponse.Suggestion better =
          words.size() == 1 ? spelling.getSuggestion(words.get(0)) : null;
      boolean found = better != null && !better.getAlternatives().isEmpty();
      changed |= found;
      corrected.add(found ? inCaseOf(typed, better.getAlternatives().get(0)) : typed);
    }
    return changed ? Optional.of(String.join(" ", corrected)) : Optional.empty();
  }

  /** The lower-case correction written as the visitor wrote the word (see {@code SEARCH.md}). */
  static String inCaseOf(String typed, String correction) {
    long letters = typed.codePoints().filter(Character::isLetter).count();
    boolean upper = typed.codePoints().filter(Character::isLetter).allMatch(Character::isUpperCase);
    if (upper && letters > 1) {
      return correction.toUpperCase(java.util.Locale.ROOT);
    }
    if (!typed.isEmpty() && Character.isUpperCase(typed.codePointAt(0))) {
      int first = correction.offsetByCodePoints(0, 1);
      return correction.substring(0, first).toUpperCase(java.util.Locale.ROOT)
          + correction.substring(first);
    }
    return correction;
  }

  @Override
  public List<RelatedArticle> related(Article article, int limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("related article limit must be at least 1, was " + limit);
    }
    if (!known(article)) {
      return List.of();
    }
    Set<Slug> sameStory =
        sameStoryWithReasons(article).stream()
            .map(r -> r.article().slug())
            .collect(Collectors.toSet());
    ModifiableSolrParams params = new ModifiableSolrParams();
    params.set(
        "q",
        "{!mlt qf="
            + ArticleFields.TITLE
            + ","
            + ArticleFields.BODY
            + " mintf=1 mindf=2 maxqt=25 v=$like}");
    params.set("like", article.slug().value());
    params.set("fl", ArticleFields.ID + ",score");
    params.set("rows", limit + sameStory.size());
    Optional<QueryResponse> answer =
        collection.query(params, "related articles of " + article.slug().value());
    List<RelatedArticle> related = new ArrayList<>();
    List<SolrDocument> docs =
        answer.<List<SolrDocument>>map(QueryResponse::getResults).orElse(List.of());
    for (SolrDocument doc : docs) {
      archive
          .findBySlug((String) doc.getFieldValue(ArticleFields.ID))
          .filter(other -> !other.slug().equals(article.slug()))
          .filter(other -> !sameStory.contains(other.slug()))
          .ifPresent(other -> related.add(withReason(article, other)));
    }
    return related.stream().limit(limit).toList();
  }

  private boolean known(Article article) {
    return archive.findBySlug(article.slug()).filter(article::equals).isPresent();
  }

  /** The shared tags, rarest in the archive first, and the reason they give. */
  private RelatedArticle withReason(Article article, Article other) {
    List<Tag> shared = sharedTags(article, other);
    String reason =
        shared.isEmpty()
            ? "testo simile"
            : "stessi temi: "
                + String.join(", ", shared.stream().limit(MAX_REASON_TAGS).map(Tag::name).toList());
    return new RelatedArticle(other, shared, reason);
  }

  private List<Tag> sharedTags(Article article, Article other) {
    return article.tags().stream()
        .filter(tag -> other.tags().stream().anyMatch(t -> t.key().equals(tag.key())))
        .sorted(
            Comparator.comparingInt((Tag t) -> archive.byTag(t.key()).size())
                .thenComparing(Tag::key))
        .toList();
  }

  @Override
  public List<Article> sameStory(Article article) {
    return sameStoryWithReasons(article).stream().map(RelatedArticle::article).toList();
  }

  @Override
  public List<RelatedArticle> sameStoryWithReasons(Article article) {
    if (!known(article)) {
      return List.of();
    }
    ModifiableSolrParams params = new ModifiableSolrParams();
    params.set("q", "{!term f=" + ArticleFields.ID + " v=$slug}");
    params.set("slug", article.slug().value());
    params.set("fl", ArticleFields.SAME_STORY);
    List<RelatedArticle> others = new ArrayList<>();
    collection
        .query(params, "the same story as " + article.slug().value())
        .map(QueryResponse::getResults)
        .filter(results -> !results.isEmpty())
        .map(results -> results.get(0).getFieldValues(ArticleFields.SAME_STORY))
        .ifPresent(
            values -> {
              for (Object value : values) {
                String text = value.toString();
                int tab = text.indexOf(ArticleFields.SAME_STORY_SEPARATOR);
                archive
                    .findBySlug(text.substring(0, Math.max(0, tab)))
                    .ifPresent(
                        other ->
                            others.add(
                                new RelatedArticle(
                                    other, sharedTags(article, other), text.substring(tab + 1))));
              }
            });
    return List.copyOf(others);
  }
}
