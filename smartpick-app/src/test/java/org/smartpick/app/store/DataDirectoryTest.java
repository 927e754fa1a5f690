package org.smartpick.app.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataDirectoryTest {
  @TempDir
  Path temp;

  @Test
  void optionWinsOverEnvironmentWhichWinsOverHome() {
    Path home = temp.resolve("home");
    Map<String, String> env = Map.of(DataDirectory.ENV_VARIABLE, temp.resolve("env").toString());
    assertThat(DataDirectory.resolve(temp.resolve("opt"), env, home).root())
        .isEqualTo(temp.resolve("opt"));
    assertThat(DataDirectory.resolve(null, env, home).root()).isEqualTo(temp.resolve("env"));
    assertThat(DataDirectory.resolve(null, Map.of(), home).root())
        .isEqualTo(home.resolve(".smartpick"));
  }

  @Test
  void firstWriteCreatesTheDirectoryOwnerOnly() throws Exception {
    DataDirectory directory = new DataDirectory(temp.resolve("a/b/data"));
    assertThat(directory.root()).doesNotExist();
    directory.writeAtomically("x.csv", "hello\n");
    assertThat(directory.file("x.csv")).hasContent("hello");
    if (temp.getFileSystem().supportedFileAttributeViews().contains("posix")) {
      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(directory.root())))
          .isEqualTo("rwx------");
    }
  }

  @Test
  void atomicWriteReplacesTheFileAndLeavesNoTemporaryFiles() throws Exception {
    DataDirectory directory = new DataDirectory(temp);
    directory.writeAtomically("x.csv", "old\n");
    directory.writeAtomically("x.csv", "new\n");
    assertThat(directory.file("x.csv")).hasContent("new");
    try (var files = Files.list(temp)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactly("x.csv");
    }
  }

  @Test
  void fileNamesMustStayInsideTheDirectory() {
    DataDirectory directory = new DataDirectory(temp);
    assertThatThrownBy(() -> directory.file("../escape.csv"))
        .hasMessageContaining("'../escape.csv'");
  }

  @Test
  void deleteReportsWhetherTheFileExisted() throws Exception {
    DataDirectory directory = new DataDirectory(temp);
    directory.writeAtomically("x.csv", "a\n");
    assertThat(directory.delete("x.csv")).isTrue();
    assertThat(directory.delete("x.csv")).isFalse();
  }
}
