package dev.redazione.ingest.internal.cache;

import dev.redazione.core.Alias;
import dev.redazione.core.Article;
import dev.redazione.core.ArticleField;
import dev.redazione.core.Author;
import dev.redazione.core.Body;
import dev.redazione.core.Category;
import dev.redazione.core.DatePrecision;
import dev.redazione.core.Diagnostic;
import dev.redazione.core.FigureCaption;
import dev.redazione.core.Heading;
import dev.redazione.core.Image;
import dev.redazione.core.Origin;
import dev.redazione.core.Provenance;
import dev.redazione.core.PublicationDate;
import dev.redazione.core.RemovedLine;
import dev.redazione.core.Severity;
import dev.redazione.core.Slug;
import dev.redazione.core.Source;
import dev.redazione.core.SourceFormat;
import dev.redazione.core.Tag;
import dev.redazione.ingest.internal.markdown.MarkdownRenderer;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The binary form of an {@link Article} in the read cache: every field, the body's three forms (a
 * body whose HTML is rendered on first use keeps only its Markdown and text, and renders again the
 * same way), and the whole read report. Decoding goes through the same constructors and factories
 * as reading does, so a value they refuse makes the entry corrupt rather than an article nobody
 * could have read. Stateless and thread-safe.
 */
public final class ArticleCodec {

  /** Lists, maps and nesting of extra metadata deeper than this are not cached. */
  static final int MAX_EXTRA_DEPTH = 64;

  private static final int NULL = 0;
  private static final int STRING = 1;
  private static final int BOOLEAN = 2;
  private static final int INTEGER = 3;
  private static final int LONG = 4;
  private static final int DOUBLE = 5;
  private static final int BIG_INTEGER = 6;
  private static final int BIG_DECIMAL = 7;
  private static final int FLOAT = 8;
  private static final int LIST = 9;
  private static final int MAP = 10;

  private static final int NO_OFFSET = Integer.MIN_VALUE;

  private ArticleCodec() {}

  /**
   * Writes an article.
   *
   * @throws UncacheableException if its extra metadata holds a value this form does not keep
   */
  public static void write(Article article, CacheOutput out) {
    out.writeString(article.slug().value());
    out.writeString(article.title());
    out.writeString(article.subtitle().orElse(null));
    writeDate(article.date().orElse(null), out);
    writeDate(article.updated().orElse(null), out);
    writeList(
        article.authors(),
        author -> {
          out.writeString(author.name());
          out.writeString(author.bio().orElse(null));
        },
        out);
    writeList(article.tags(), tag -> out.writeString(tag.name()), out);
    writeList(article.categories(), category -> out.writeString(category.name()), out);
    Image image = article.image().orElse(null);
    out.writeBoolean(image != null);
    if (image != null) {
      out.writeString(image.src());
      out.writeString(image.alt().orElse(null));
      out.writeString(image.caption().orElse(null));
    }
    out.writeString(article.summary().orElse(null));
    writeBody(article.body(), out);
    writeList(
        article.headings(),
        heading -> {
          out.writeInt(heading.level());
          out.writeString(heading.text());
          out.writeString(heading.anchor());
        },
        out);
    writeList(article.aliases(), alias -> out.writeString(alias.path()), out);
    out.writeString(article.report().source().path());
    out.writeInt(article.report().source().format().ordinal());
    Map<ArticleField, Provenance> provenance = article.report().provenance();
    out.writeInt(provenance.size());
    provenance.forEach(
        (field, where) -> {
          out.writeInt(field.ordinal());
          out.writeInt(where.origin().ordinal());
          out.writeInt(where.lineNumber());
        });
    writeList(
        article.report().removed(),
        removed -> {
          out.writeInt(removed.line());
          out.writeString(removed.text());
          out.writeString(removed.rule());
        },
        out);
    writeDiagnostics(article.report().diagnostics(), out);
    writeMap(article.extra(), 0, out);
    out.writeBoolean(article.draft());
    out.writeString(article.language());
  }

  /** Reads an article that {@link #write} wrote. */
  public static Article read(CacheInput in) {
    try {
      Article.Builder article =
          Article.builder()
              .slug(new Slug(in.readString()))
              .title(in.readString())
              .subtitle(in.readNullableString())
              .date(readDate(in))
              .updated(readDate(in))
              .authors(readList(in, 8, () -> Author.of(in.readString(), in.readNullableString())))
              .tags(readList(in, 4, () -> Tag.of(in.readString())))
              .categories(readList(in, 4, () -> Category.of(in.readString())));
      if (in.readBoolean()) {
        article.image(Image.of(in.readString(), in.readNullableString(), in.readNullableString()));
      }
      article
          .summary(in.readNullableString())
          .body(readBody(in))
          .headings(
              readList(in, 12, () -> new Heading(in.readInt(), in.readString(), in.readString())))
          .aliases(readList(in, 4, () -> new Alias(in.readString())))
          .source(new Source(in.readString(), in.readEnum(SourceFormat.values())));
      int provenance = in.readCount(12);
      for (int i = 0; i < provenance; i++) {
        article.provenance(
            in.readEnum(ArticleField.values()),
            new Provenance(in.readEnum(Origin.values()), in.readInt()));
      }
      return article
          .removed(
              readList(
                  in, 12, () -> new RemovedLine(in.readInt(), in.readString(), in.readString())))
          .diagnostics(readDiagnostics(in))
          .extra(readMap(in, 0))
          .draft(in.readBoolean())
          .language(in.readString())
          .build();
    } catch (IllegalArgumentException | NullPointerException | DateTimeException e) {
      throw new CorruptCacheException("an article in the cache is refused: " + e.getMessage(), e);
    }
  }

  /** Writes diagnostics. */
  public static void writeDiagnostics(List<Diagnostic> diagnostics, CacheOutput out) {
    writeList(
        diagnostics,
        diagnostic -> {
          out.writeString(diagnostic.path());
          out.writeInt(diagnostic.lineNumber());
          out.writeInt(diagnostic.severity().ordinal());
          out.writeString(diagnostic.code());
          out.writeString(diagnostic.message());
        },
        out);
  }

  /** Reads diagnostics that {@link #writeDiagnostics} wrote. */
  public static List<Diagnostic> readDiagnostics(CacheInput in) {
    try {
      return readList(
          in,
          20,
          () ->
              new Diagnostic(
                  in.readString(),
                  in.readInt(),
                  in.readEnum(Severity.values()),
                  in.readString(),
                  in.readString()));
    } catch (IllegalArgumentException e) {
      throw new CorruptCacheException("a diagnostic in the cache is refused: " + e.getMessage(), e);
    }
  }

  private static void writeBody(Body body, CacheOutput out) {
    out.writeString(body.markdown());
    out.writeString(body.text());
    boolean lazy = body.rendersHtmlOnFirstUse();
    out.writeBoolean(lazy);
    if (!lazy) {
      out.writeString(body.html());
    }
    writeList(
        body.captions(),
        caption -> {
          out.writeString(caption.src());
          out.writeString(caption.text());
        },
        out);
    writeList(body.imageSources(), out::writeString, out);
  }

  private static Body readBody(CacheInput in) {
    String markdown = in.readString();
    String text = in.readString();
    Body body =
        in.readBoolean()
            ? Body.withLazyHtml(markdown, () -> MarkdownRenderer.safeHtml(markdown), text)
            : new Body(markdown, in.readString(), text);
    return body.withCaptions(
            readList(in, 8, () -> new FigureCaption(in.readString(), in.readString())))
        .withImageSources(readList(in, 4, in::readString));
  }

  private static void writeDate(PublicationDate date, CacheOutput out) {
    if (date == null) {
      out.writeByte(0);
      return;
    }
    out.writeByte(date.precision().ordinal() + 1);
    out.writeInt(date.year());
    out.writeInt(date.yearMonth().map(month -> month.getMonthValue()).orElse(0));
    out.writeInt(date.localDate().map(LocalDate::getDayOfMonth).orElse(0));
    out.writeInt(date.time().map(time -> time.getHour() * 60 + time.getMinute()).orElse(0));
    out.writeInt(date.offset().map(ZoneOffset::getTotalSeconds).orElse(NO_OFFSET));
  }

  private static PublicationDate readDate(CacheInput in) {
    int kind = in.readByte();
    if (kind == 0) {
      return null;
    }
    if (kind > DatePrecision.values().length) {
      throw new CorruptCacheException("date precision " + kind + " is unknown");
    }
    DatePrecision precision = DatePrecision.values()[kind - 1];
    int year = in.readInt();
    int month = in.readInt();
    int day = in.readInt();
    int minutes = in.readInt(0, 24 * 60 - 1);
    int offset = in.readInt();
    return switch (precision) {
      case YEAR -> PublicationDate.ofYear(year);
      case MONTH -> PublicationDate.ofMonth(year, month);
      case DAY -> PublicationDate.ofDay(LocalDate.of(year, month, day));
      case TIME ->
          PublicationDate.ofTime(
              LocalDateTime.of(
                  LocalDate.of(year, month, day), LocalTime.of(minutes / 60, minutes % 60)),
              offset == NO_OFFSET ? null : ZoneOffset.ofTotalSeconds(offset));
    };
  }

  private static void writeMap(Map<String, ?> map, int depth, CacheOutput out) {
    if (depth > MAX_EXTRA_DEPTH) {
      throw new UncacheableException("extra metadata nests deeper than " + MAX_EXTRA_DEPTH);
    }
    out.writeInt(map.size());
    map.forEach(
        (key, value) -> {
          out.writeString(key);
          writeValue(value, depth + 1, out);
        });
  }

  private static Map<String, Object> readMap(CacheInput in, int depth) {
    if (depth > MAX_EXTRA_DEPTH) {
      throw new CorruptCacheException("extra metadata nests deeper than " + MAX_EXTRA_DEPTH);
    }
    int size = in.readCount(5);
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < size; i++) {
      map.put(in.readString(), readValue(in, depth + 1));
    }
    return map;
  }

  private static void writeValue(Object value, int depth, CacheOutput out) {
    if (value == null) {
      out.writeByte(NULL);
    } else if (value instanceof String text) {
      out.writeByte(STRING);
      out.writeString(text);
    } else if (value instanceof Boolean flag) {
      out.writeByte(BOOLEAN);
      out.writeBoolean(flag);
    } else if (value instanceof Integer number) {
      out.writeByte(INTEGER);
      out.writeInt(number);
    } else if (value instanceof Long number) {
      out.writeByte(LONG);
      out.writeLong(number);
    } else if (value instanceof Double number) {
      out.writeByte(DOUBLE);
      out.writeLong(Double.doubleToRawLongBits(number));
    } else if (value instanceof Float number) {
      out.writeByte(FLOAT);
      out.writeInt(Float.floatToRawIntBits(number));
    } else if (value instanceof BigInteger number) {
      out.writeByte(BIG_INTEGER);
      out.writeString(number.toString());
    } else if (value instanceof BigDecimal number) {
      out.writeByte(BIG_DECIMAL);
      out.writeString(number.toString());
    } else if (value instanceof List<?> list) {
      if (depth > MAX_EXTRA_DEPTH) {
        throw new UncacheableException("extra metadata nests deeper than " + MAX_EXTRA_DEPTH);
      }
      out.writeByte(LIST);
      out.writeInt(list.size());
      list.forEach(element -> writeValue(element, depth + 1, out));
    } else if (value instanceof Map<?, ?> map) {
      out.writeByte(MAP);
      @SuppressWarnings("unchecked")
      Map<String, ?> strings = (Map<String, ?>) map;
      writeMap(strings, depth, out);
    } else {
      throw new UncacheableException(
          "extra metadata of type " + value.getClass().getName() + " is not cached");
    }
  }

  private static Object readValue(CacheInput in, int depth) {
    int type = in.readByte();
    return switch (type) {
      case NULL -> null;
      case STRING -> in.readString();
      case BOOLEAN -> in.readBoolean();
      case INTEGER -> in.readInt();
      case LONG -> in.readLong();
      case DOUBLE -> Double.longBitsToDouble(in.readLong());
      case FLOAT -> Float.intBitsToFloat(in.readInt());
      case BIG_INTEGER -> new BigInteger(in.readString());
      case BIG_DECIMAL -> new BigDecimal(in.readString());
      case LIST -> {
        if (depth > MAX_EXTRA_DEPTH) {
          throw new CorruptCacheException("extra metadata nests deeper than " + MAX_EXTRA_DEPTH);
        }
        int size = in.readCount(1);
        List<Object> list = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
          list.add(readValue(in, depth + 1));
        }
        yield list;
      }
      case MAP -> readMap(in, depth);
      default -> throw new CorruptCacheException("extra metadata type " + type + " is unknown");
    };
  }

  private static <T> void writeList(List<T> values, Consumer<T> each, CacheOutput out) {
    out.writeInt(values.size());
    values.forEach(each);
  }

  private static <T> List<T> readList(CacheInput in, int minBytes, Supplier<T> each) {
    int size = in.readCount(minBytes);
    List<T> values = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      values.add(each.get());
    }
    return values;
  }
}
