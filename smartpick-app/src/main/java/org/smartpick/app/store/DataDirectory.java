package org.smartpick.app.store;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The user's SmartPick data directory: the {@code --data-dir} option if given, else the
 * {@code SMARTPICK_HOME} environment variable, else {@code ~/.smartpick}. It is created on first
 * write, owner-only ({@code rwx------}) where the file system has POSIX permissions. Files are
 * replaced atomically: written to a temporary file beside the target, then moved over it, so a
 * crash leaves either the old or the new file, never half of one.
 *
 * <p>Immutable; safe to share. Concurrent writers of the same file: the last move wins.
 */
public final class DataDirectory {
  /** Environment variable naming the data directory. */
  public static final String ENV_VARIABLE = "SMARTPICK_HOME";
  private static final Set<PosixFilePermission> OWNER_ONLY =
      PosixFilePermissions.fromString("rwx------");

  private final Path root;

  public DataDirectory(Path root) {
    this.root = Objects.requireNonNull(root, "root").toAbsolutePath().normalize();
  }

  /**
   * Resolves the directory from the option, the environment and the user's home, in that order.
   *
   * @param option the {@code --data-dir} value, or null
   * @param environment the process environment
   * @param userHome the user's home directory
   */
  public static DataDirectory resolve(Path option, Map<String, String> environment, Path userHome) {
    if (option != null) {
      return new DataDirectory(option);
    }
    String fromEnvironment = environment.get(ENV_VARIABLE);
    if (fromEnvironment != null && !fromEnvironment.isBlank()) {
      return new DataDirectory(Path.of(fromEnvironment));
    }
    return new DataDirectory(userHome.resolve(".smartpick"));
  }

  /** The directory (it may not exist yet). */
  public Path root() {
    return root;
  }

  /** A file in the directory, by name; the file need not exist. */
  public Path file(String name) {
    Path resolved = root.resolve(name).normalize();
    if (!resolved.getParent().equals(root)) {
      throw new IllegalArgumentException("data file name '" + name + "' must be a plain file name");
    }
    return resolved;
  }

  /** The file if it exists. */
  public Optional<Path> existing(String name) {
    Path path = file(name);
    return Files.isRegularFile(path) ? Optional.of(path) : Optional.empty();
  }

  /** Creates the directory owner-only if it is missing. */
  public void create() throws IOException {
    if (Files.isDirectory(root)) {
      return;
    }
    boolean posix = root.getFileSystem().supportedFileAttributeViews().contains("posix");
    try {
      if (posix) {
        Files.createDirectories(root, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
        Files.getFileAttributeView(root, PosixFileAttributeView.class).setPermissions(OWNER_ONLY);
      } else {
        Files.createDirectories(root);
      }
    } catch (FileAlreadyExistsException e) {
      throw new IOException("data directory " + root + " exists but is not a directory", e);
    }
  }

  /** Replaces (or creates) a file atomically with the given text in UTF-8. */
  public void writeAtomically(String name, String text) throws IOException {
    create();
    Path target = file(name);
    Path temporary = Files.createTempFile(root, "." + name + ".", ".tmp");
    try {
      Files.writeString(temporary, text);
      try {
        Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE,
            StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temporary);
    }
  }

  /** Deletes a file; returns whether it existed. */
  public boolean delete(String name) throws IOException {
    return Files.deleteIfExists(file(name));
  }
}
