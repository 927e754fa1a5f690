package org.smartpick.app.cli;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.smartpick.engine.market.MarketParameters;
import org.smartpick.engine.market.MarketParametersFile;

/**
 * The {@code --parameters FILE} option of {@code simulate} and {@code calibrate}: the bundled
 * fitted parameters without it, else the file's ({@code version=1}, {@code name=value} lines;
 * missing names keep the defaults). A missing or unreadable file is bad input naming the option
 * and file; a bad line is reported by {@link MarketParametersFile} with its line. Stateless.
 */
final class MarketParametersOption {
  private MarketParametersOption() {
  }

  /** The parameters the option names, or the bundled fitted ones when {@code file} is null. */
  static MarketParameters read(Path file) {
    if (file == null) {
      return MarketParameters.fitted();
    }
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return MarketParametersFile.read(file.toString(), reader, MarketParameters.defaults());
    } catch (NoSuchFileException e) {
      throw new BadInputException("--parameters: file not found: " + file, e);
    } catch (IOException e) {
      throw new BadInputException("--parameters: cannot read " + file + ": " + e.getMessage(), e);
    }
  }
}
