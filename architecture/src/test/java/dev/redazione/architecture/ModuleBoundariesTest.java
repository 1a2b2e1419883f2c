package dev.redazione.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The module boundaries, over the main classes of every module: which module may import which, that
 * no module reaches into another's {@code internal} packages, that {@code web} and {@code cli} stay
 * apart, and that the module table of {@code docs/ARCHITECTURE.md} names exactly the modules each
 * one imports. A module's package is {@code dev.redazione.<module>}, except {@code search-solr}'s,
 * {@code dev.redazione.solr}, which the table names {@code search-solr}.
 */
class ModuleBoundariesTest {

  private static final List<String> MODULES =
      List.of("core", "extract", "ingest", "search", "solr", "site", "testkit", "web", "cli");

  private static final JavaClasses CLASSES =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("dev.redazione");

  @Test
  void everyModuleIsImported() {
    Set<String> found =
        CLASSES.stream()
            .map(c -> module(c.getPackageName()))
            .flatMap(Optional::stream)
            .collect(Collectors.toCollection(TreeSet::new));
    assertThat(found).containsExactlyInAnyOrderElementsOf(MODULES);
  }

  @Test
  void modulesImportOnlyTheModulesBelowThem() {
    layeredArchitecture()
        .consideringOnlyDependenciesInLayers()
        .layer("core")
        .definedBy("dev.redazione.core..")
        .layer("extract")
        .definedBy("dev.redazione.extract..")
        .layer("ingest")
        .definedBy("dev.redazione.ingest..")
        .layer("search")
        .definedBy("dev.redazione.search..")
        .layer("solr")
        .definedBy("dev.redazione.solr..")
        .layer("site")
        .definedBy("dev.redazione.site..")
        .layer("testkit")
        .definedBy("dev.redazione.testkit..")
        .layer("web")
        .definedBy("dev.redazione.web..")
        .layer("cli")
        .definedBy("dev.redazione.cli..")
        .whereLayer("extract")
        .mayOnlyBeAccessedByLayers("ingest")
        .whereLayer("ingest")
        .mayOnlyBeAccessedByLayers("web", "cli")
        .whereLayer("search")
        .mayOnlyBeAccessedByLayers("solr", "web", "cli")
        .whereLayer("solr")
        .mayOnlyBeAccessedByLayers("web", "cli")
        .whereLayer("site")
        .mayOnlyBeAccessedByLayers("web", "cli")
        .whereLayer("testkit")
        .mayOnlyBeAccessedByLayers("cli")
        .whereLayer("web")
        .mayNotBeAccessedByAnyLayer()
        .whereLayer("cli")
        .mayNotBeAccessedByAnyLayer()
        .check(CLASSES);
  }

  @Test
  void webAndCliNeverImportEachOther() {
    noClasses()
        .that()
        .resideInAPackage("dev.redazione.web..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("dev.redazione.cli..")
        .check(CLASSES);
    noClasses()
        .that()
        .resideInAPackage("dev.redazione.cli..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("dev.redazione.web..")
        .check(CLASSES);
  }

  @Test
  void noModuleImportsAnotherModulesInternalPackages() {
    for (String module : MODULES) {
      noClasses()
          .that()
          .resideOutsideOfPackage("dev.redazione." + module + "..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("dev.redazione." + module + ".internal..")
          .because("`internal` packages are the implementation of their module")
          .check(CLASSES);
    }
  }

  @Test
  void architectureDocumentNamesTheModulesEachModuleImports() throws IOException {
    assertThat(documentedImports()).isEqualTo(actualImports());
  }

  /** For each module, the other modules its main classes depend on. */
  private static Map<String, Set<String>> actualImports() {
    Map<String, Set<String>> imports = new TreeMap<>();
    MODULES.forEach(m -> imports.put(m, new TreeSet<>()));
    for (JavaClass origin : CLASSES) {
      Optional<String> from = module(origin.getPackageName());
      if (from.isEmpty()) {
        continue;
      }
      for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
        module(dependency.getTargetClass().getPackageName())
            .filter(to -> !to.equals(from.get()))
            .ifPresent(to -> imports.get(from.get()).add(to));
      }
    }
    return imports;
  }

  /**
   * For each module of the table in {@code docs/ARCHITECTURE.md}, the project modules its "may use"
   * column (the last) names.
   */
  private static Map<String, Set<String>> documentedImports() throws IOException {
    Pattern row = Pattern.compile("^\\| `([a-z-]+)`\\s*\\|.*\\|([^|]*)\\|\\s*$");
    Map<String, Set<String>> imports = new TreeMap<>();
    for (String line : Files.readAllLines(architectureDocument())) {
      Matcher matcher = row.matcher(line);
      if (matcher.matches() && MODULES.contains(packageOf(matcher.group(1)))) {
        imports.put(
            packageOf(matcher.group(1)),
            Arrays.stream(matcher.group(2).split(","))
                .map(name -> packageOf(name.strip()))
                .filter(MODULES::contains)
                .collect(Collectors.toCollection(TreeSet::new)));
      }
    }
    return imports;
  }

  /** The package name of a module as the table names it. */
  private static String packageOf(String module) {
    return module.equals("search-solr") ? "solr" : module;
  }

  private static Path architectureDocument() {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null && !Files.isRegularFile(dir.resolve("docs/ARCHITECTURE.md"))) {
      dir = dir.getParent();
    }
    if (dir == null) {
      throw new IllegalStateException("no docs/ARCHITECTURE.md above the working directory");
    }
    return dir.resolve("docs/ARCHITECTURE.md");
  }

  private static Optional<String> module(String packageName) {
    if (!packageName.startsWith("dev.redazione.")) {
      return Optional.empty();
    }
    String first = packageName.substring("dev.redazione.".length()).split("\\.")[0];
    return MODULES.contains(first) ? Optional.of(first) : Optional.empty();
  }
}
