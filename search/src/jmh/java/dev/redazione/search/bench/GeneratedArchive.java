package dev.redazione.search.bench;

import dev.redazione.core.Archive;
import dev.redazione.core.Article;
import dev.redazione.core.Author;
import dev.redazione.core.Body;
import dev.redazione.core.PublicationDate;
import dev.redazione.core.Slug;
import dev.redazione.core.Source;
import dev.redazione.core.SourceFormat;
import dev.redazione.core.Tag;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * A deterministic archive of generated Italian tech-news articles for benchmarks: each article has a
 * topic (its vocabulary, companies and tags), a date between 2015 and 2025, one or two authors,
 * three section headings and about {@value #SENTENCES} sentences of Italian-looking prose drawn from
 * common words with a skewed (Zipf-like) distribution, so term statistics resemble real text.
 */
final class GeneratedArchive {

  static final int SENTENCES = 28;

  private static final String[] COMMON =
      ("il la di che e a un per in non una sono con si da come più anche ma ha questo nel alla dei "
              + "delle gli tra sul secondo mercato utenti dati sistema nuovo prima anni oggi grande "
              + "progetto azienda società sviluppo rete servizio prodotto versione modello tecnologia "
              + "futuro lavoro prezzo crescita accordo investimento strategia ricerca sicurezza "
              + "piattaforma applicazione dispositivo aggiornamento funzione problema soluzione "
              + "risultato analisi rapporto settore cliente governo europa italia milioni miliardi "
              + "dollari euro annunciato presentato previsto confermato spiegato secondo quanto")
          .split(" ");
  private static final String[][] TOPICS = {
    {"intelligenza artificiale modelli linguistici addestramento GPU", "OpenAI", "Microsoft", "IA"},
    {"smartphone fotocamera batteria display processore", "Apple", "Samsung", "Smartphone"},
    {"cloud data center server virtualizzazione storage", "Amazon", "Google", "Cloud"},
    {"sicurezza informatica ransomware vulnerabilità patch attacco", "Kaspersky", "CrowdStrike", "Cybersecurity"},
    {"auto elettrica ricarica autonomia batterie guida autonoma", "Tesla", "Stellantis", "Mobilità"},
    {"videogiochi console giocatori abbonamento studio", "Sony", "Nintendo", "Gaming"},
    {"semiconduttori chip fabbrica litografia wafer", "TSMC", "Intel", "Chip"},
    {"social network contenuti moderazione algoritmo creator", "Meta", "TikTok", "Social"},
    {"fibra ottica 5G operatori copertura banda", "TIM", "Vodafone", "Telecomunicazioni"},
    {"criptovalute blockchain bitcoin exchange regolamentazione", "Binance", "Coinbase", "Crypto"},
    {"spazio satelliti lancio razzo orbita", "SpaceX", "ESA", "Spazio"},
    {"privacy GDPR garante sanzione consenso", "Garante", "Commissione", "Privacy"}
  };
  private static final String[] AUTHORS = {
    "Giulia Rossi", "Marco Bianchi", "Sara Colombo", "Luca Ferrari", "Anna Ricci", "Paolo Romano"
  };

  private GeneratedArchive() {}

  /** An archive of {@code count} articles, the same for the same seed. */
  static Archive of(int count, long seed) {
    List<Article> articles =
        IntStream.range(0, count).parallel().mapToObj(i -> article(i, new SplittableRandom(seed * 1_000_003 + i))).toList();
    return Archive.of(articles);
  }

  private static Article article(int number, SplittableRandom random) {
    String[] topic = TOPICS[random.nextInt(TOPICS.length)];
    String[] words = topic[0].split(" ");
    String company = topic[1 + random.nextInt(2)];
    String title = capitalised(company + " " + pick(COMMON, random) + " " + words[random.nextInt(words.length)] + " " + pick(COMMON, random)) + " " + number;
    StringBuilder text = new StringBuilder();
    List<String> paragraphs = new ArrayList<>();
    for (int s = 0; s < SENTENCES; s++) {
      text.append(sentence(words, topic, random)).append(' ');
      if (s % 7 == 6) {
        paragraphs.add(text.toString().strip());
        text.setLength(0);
      }
    }
    String plain = String.join("\n\n", paragraphs);
    LocalDate date = LocalDate.of(2015, 1, 1).plusDays(random.nextInt(3_900));
    return Article.builder()
        .slug(Slug.of(title))
        .title(title)
        .subtitle(capitalised(sentence(words, topic, random)))
        .date(PublicationDate.ofDay(date))
        .authors(List.of(Author.of(AUTHORS[random.nextInt(AUTHORS.length)])))
        .tags(List.of(Tag.of(topic[3]), Tag.of(company)))
        .body(new Body(plain, "<p>" + plain.replace("\n\n", "</p><p>") + "</p>", plain))
        .source(new Source("generati/" + number + ".md", SourceFormat.FRONT_MATTER_MARKDOWN))
        .build();
  }

  private static String sentence(String[] words, String[] topic, SplittableRandom random) {
    int length = 12 + random.nextInt(14);
    StringBuilder sentence = new StringBuilder();
    for (int w = 0; w < length; w++) {
      int roll = random.nextInt(10);
      String word = roll < 6 ? zipf(COMMON, random) : roll < 9 ? words[random.nextInt(words.length)] : topic[1 + random.nextInt(2)];
      sentence.append(w == 0 ? capitalised(word) : word).append(w == length - 1 ? "." : " ");
    }
    return sentence.toString();
  }

  /** A word with probability falling with its rank, so a few words are very common. */
  private static String zipf(String[] words, SplittableRandom random) {
    double u = random.nextDouble();
    return words[(int) (words.length * u * u * u)];
  }

  private static String pick(String[] words, SplittableRandom random) {
    return words[random.nextInt(words.length)];
  }

  private static String capitalised(String text) {
    return Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }
}
