package dev.redazione.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The {@code --content DIR} option shared by the commands that read the content folder. */
final class ContentOption {

  /**
   * The system property that sets the default folder, which is otherwise {@code content} in the
   * working directory; the launcher sets it to the repository's {@code content/}.
   */
  static final String DEFAULT_PROPERTY = "redazione.content";

  @Spec(Spec.Target.MIXEE)
  private CommandSpec spec;

  @Option(
      names = "--content",
      paramLabel = "DIR",
      defaultValue = "${sys:" + DEFAULT_PROPERTY + ":-content}",
      description = "The content folder (default: ${DEFAULT-VALUE}).")
  private Path folder;

  /**
   * The content folder.
   *
   * @throws ParameterException when it is not an existing folder
   */
  Path folder() {
    if (!Files.isDirectory(folder)) {
      throw new ParameterException(
          spec.commandLine(), "content folder `" + folder + "` does not exist or is not a folder");
    }
    return folder;
  }

  /** The content folder, when it exists. */
  Optional<Path> folderIfPresent() {
    return Files.isDirectory(folder) ? Optional.of(folder) : Optional.empty();
  }

  /**
   * How a file of the content folder is shown in messages: the folder as given, then the relative
   * path.
   */
  String display(String relativePath) {
    return folder.resolve(relativePath).toString();
  }
}
