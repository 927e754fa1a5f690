package org.smartpick.app.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.smartpick.app.cli.BadInputException;
import org.smartpick.engine.match.MatchInstance;

/**
 * Reads a Match market from the JSON format described in {@code docs/market-format.md} (programs
 * with capacity, track, reversion and rank list; single applicants with rank and supplemental
 * lists; couples with members and a list of program pairs).
 *
 * <p>Bad input of any kind (a missing or oversized file, malformed JSON, a wrong type, an unknown
 * field, track or id, a duplicate id, a negative capacity, a pair that is not two entries, a couple
 * member also declared as a single) raises a {@link BadInputException} whose message reads
 * {@code file:line:column: json.path[3]: what is wrong, with the value}. Files larger than
 * {@link #MAX_BYTES} are refused before reading. Reads in one streaming pass plus a resolution
 * pass: O(file size). Stateless and thread-safe.
 */
public final class MarketJsonReader {
  /** Largest market file accepted: 256 MiB (a national market is about 15 MiB). */
  public static final long MAX_BYTES = 256L * 1024 * 1024;

  private final JsonFactory factory = JsonFactory.builder()
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .streamReadConstraints(StreamReadConstraints.builder()
          .maxDocumentLength(MAX_BYTES).maxNestingDepth(16).maxStringLength(10_000).build())
      .build();

  /** Reads the market in a file. */
  public MatchInstance read(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new BadInputException(file + ": market file not found");
    }
    try {
      long size = Files.size(file);
      if (size > MAX_BYTES) {
        throw new BadInputException(file + ": file is " + size + " bytes, over the limit of "
            + MAX_BYTES + " bytes (256 MiB) for a market file");
      }
      try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        return read(file.toString(), reader);
      }
    } catch (IOException | UncheckedIOException e) {
      Throwable cause = e instanceof UncheckedIOException ? e.getCause() : e;
      throw new BadInputException(file + ": cannot read the market file: " + cause.getMessage(), e);
    }
  }

  /** Reads a market from a reader; {@code source} names it in error messages. */
  public MatchInstance read(String source, Reader reader) throws IOException {
    try (JsonParser parser = factory.createParser(reader)) {
      JsonCursor cursor = new JsonCursor(source, parser);
      RawMarket raw = new MarketJsonParser(cursor).parse();
      return new MarketAssembler(cursor).assemble(raw);
    }
  }
}
