package dev.redazione.testkit.generate;

import java.util.List;
import java.util.Random;

/**
 * Sentences, titles and headings of Italian tech news assembled from a fixed vocabulary. Stateless;
 * all randomness comes from the caller's {@link Random}, so output is reproducible.
 */
final class ItalianProse {

  static final List<String> COMPANIES =
      List.of(
          "OpenAI",
          "Microsoft",
          "Google",
          "Meta",
          "Apple",
          "Amazon",
          "Nvidia",
          "Anthropic",
          "Mistral",
          "Samsung",
          "Intel",
          "AMD",
          "IBM",
          "Oracle",
          "SoftBank",
          "TIM",
          "Fastweb");
  static final List<String> TOPICS =
      List.of(
          "intelligenza artificiale",
          "cloud",
          "sicurezza informatica",
          "data center",
          "chip",
          "modelli linguistici",
          "smartphone",
          "privacy",
          "open source",
          "robotica",
          "realtà aumentata",
          "cybersecurity",
          "semiconduttori",
          "5G",
          "quantum computing",
          "automazione");
  static final List<String> TAGS =
      List.of(
          "OpenAI",
          "Microsoft",
          "Google",
          "Nvidia",
          "Azure",
          "ChatGPT",
          "Cloud",
          "Privacy",
          "Sicurezza",
          "Chip",
          "Open Source",
          "Smartphone",
          "Robotica",
          "GPT",
          "Startup",
          "Regolamentazione",
          "Europa",
          "Data Center",
          "Cybersecurity",
          "Quantum");
  static final List<String> AUTHORS =
      List.of(
          "Mario Rossi",
          "Giulia Bianchi",
          "Luca Ferrari",
          "Chiara Romano",
          "Marco Colombo",
          "Sara Ricci",
          "Davide Marino",
          "Francesca Greco",
          "Redazione");
  static final List<String> CATEGORIES =
      List.of("ai", "cloud", "sicurezza", "hardware", "mercato", "mobile");

  private static final List<String> VERBS =
      List.of(
          "ha annunciato",
          "sta sviluppando",
          "ha presentato",
          "ha confermato",
          "starebbe valutando",
          "ha rinnovato",
          "ha ridefinito",
          "ha investito in",
          "ha rallentato",
          "punta su",
          "ha integrato",
          "ha aperto");
  private static final List<String> OBJECTS =
      List.of(
          "una nuova piattaforma",
          "un accordo pluriennale",
          "un modello più efficiente",
          "un investimento miliardario",
          "un centro di ricerca in Europa",
          "una partnership strategica",
          "un servizio per le imprese",
          "una versione aggiornata dei suoi strumenti",
          "un programma per gli sviluppatori",
          "nuove regole per i dati degli utenti");
  private static final List<String> COMPLEMENTS =
      List.of(
          "secondo fonti vicine al dossier",
          "come riportato dal Financial Times",
          "nel corso della conferenza annuale",
          "entro la fine dell’anno",
          "per rispondere alla concorrenza",
          "con un occhio alle normative europee",
          "dopo mesi di trattative",
          "in collaborazione con alcune università italiane",
          "a partire dal prossimo trimestre",
          "con l’obiettivo di ridurre i costi energetici");
  private static final List<String> CLAUSES =
      List.of(
          "Gli analisti ritengono che",
          "Non è ancora chiaro se",
          "Secondo gli esperti,",
          "Resta da capire se",
          "In un comunicato l’azienda spiega che",
          "Per il mercato italiano questo significa che",
          "Tuttavia, alcuni osservatori temono che");
  private static final List<String> OUTCOMES =
      List.of(
          "la mossa cambierà gli equilibri del settore",
          "i prezzi per i clienti resteranno invariati",
          "la concorrenza dovrà accelerare i propri piani",
          "le autorità europee vorranno vederci chiaro",
          "gli sviluppatori avranno accesso a strumenti più potenti",
          "la domanda di capacità di calcolo continuerà a crescere",
          "i dati degli utenti saranno più protetti");
  private static final List<String> HEADINGS =
      List.of(
          "Cosa cambia per le imprese",
          "Le reazioni del mercato",
          "I numeri dell’accordo",
          "Il contesto europeo",
          "Le prospettive future",
          "Che cosa sappiamo",
          "Il nodo della privacy",
          "Le tensioni con i concorrenti");

  private ItalianProse() {}

  static <T> T pick(List<T> values, Random random) {
    return values.get(random.nextInt(values.size()));
  }

  static String title(Random random) {
    return pick(COMPANIES, random)
        + " "
        + pick(VERBS, random)
        + " "
        + pick(OBJECTS, random)
        + " per "
        + pick(TOPICS, random);
  }

  static String subtitle(Random random) {
    return "La strategia di "
        + pick(COMPANIES, random)
        + " sulla "
        + pick(TOPICS, random)
        + " "
        + pick(COMPLEMENTS, random);
  }

  static String heading(Random random) {
    return pick(HEADINGS, random);
  }

  static String sentence(Random random) {
    return random.nextInt(3) == 0
        ? pick(CLAUSES, random) + " " + pick(OUTCOMES, random) + "."
        : pick(COMPANIES, random)
            + " "
            + pick(VERBS, random)
            + " "
            + pick(OBJECTS, random)
            + " dedicato alla "
            + pick(TOPICS, random)
            + ", "
            + pick(COMPLEMENTS, random)
            + ".";
  }

  static String paragraph(Random random) {
    StringBuilder paragraph = new StringBuilder();
    int sentences = 5 + random.nextInt(3);
    for (int i = 0; i < sentences; i++) {
      paragraph.append(i == 0 ? "" : " ").append(sentence(random));
    }
    return paragraph.toString();
  }
}
