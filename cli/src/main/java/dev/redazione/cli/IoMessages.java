package dev.redazione.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/**
 * Input/output failures in plain words for the users of the CLI: what went wrong and with which
 * file, never a Java exception's name. Stateless.
 */
final class IoMessages {

  private IoMessages() {}

  /** Why an input/output operation failed, such as {@code permission denied: out/index.html}. */
  static String reason(IOException failure) {
    if (failure instanceof FileSystemException fs && fs.getFile() != null) {
      return what(fs) + ": " + fs.getFile();
    }
    String message = failure.getMessage();
    return message == null || message.isBlank() ? "an input/output error" : lower(message);
  }

  private static String what(FileSystemException failure) {
    if (failure instanceof NoSuchFileException) {
      return "no such file or folder";
    }
    if (failure instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (failure instanceof FileAlreadyExistsException) {
      return "it already exists";
    }
    if (failure instanceof NotDirectoryException) {
      return "not a folder";
    }
    if (failure instanceof DirectoryNotEmptyException) {
      return "the folder is not empty";
    }
    return failure.getReason() == null ? "it cannot be used" : lower(failure.getReason());
  }

  /** The reason of a failure that may wrap an input/output one. */
  static String reason(Throwable failure) {
    if (failure instanceof IOException io) {
      return reason(io);
    }
    if (failure.getCause() instanceof IOException io) {
      return reason(io);
    }
    return "an input/output error";
  }

  private static String lower(String text) {
    return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
  }
}
