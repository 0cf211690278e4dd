package io.hashwatch.protocols.cgminer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The real replies copied from ../shared/fixtures into src/test/resources/fixtures, and what the
 * SOURCES.md of each folder says of them.
 */
public final class RecordedReplies {

  private RecordedReplies() {}

  /** The text of {@code fixtures/<path>}, e.g. {@code avalon-foreman/avalon10xx.stats.json}. */
  public static String text(String path) {
    try {
      return Files.readString(root().resolve(path), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every recorded reply, by its path under fixtures/ (the SOURCES.md files left out). */
  public static Map<String, String> all() {
    return All.REPLIES;
  }

  /** Read once, on first use. */
  private static final class All {
    static final Map<String, String> REPLIES = Collections.unmodifiableMap(read());
  }

  private static Map<String, String> read() {
    Map<String, String> replies = new TreeMap<>();
    try (Stream<Path> files = Files.walk(root())) {
      files
          .filter(Files::isRegularFile)
          .filter(file -> !file.getFileName().toString().equals("SOURCES.md"))
          .forEach(file -> replies.put(name(file), text(name(file))));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return replies;
  }

  /**
   * The {@code strict JSON} column of every folder's SOURCES.md by file path: {@code yes}, {@code
   * NO} (the file keeps a real firmware bug) or {@code -} (not JSON).
   */
  public static Map<String, String> strictJson() {
    Map<String, String> strictness = new TreeMap<>();
    for (String path : all().keySet()) {
      if (!path.endsWith("/README.md")) {
        strictness.put(path, "?");
      }
    }
    try (Stream<Path> sources = Files.walk(root())) {
      for (Path file : sources.filter(p -> p.endsWith("SOURCES.md")).toList()) {
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
          List<String> cells = List.of(line.split("\\|"));
          if (cells.size() > 6 && strictness.containsKey(cells.get(1).strip())) {
            strictness.put(cells.get(1).strip(), cells.get(5).strip());
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return strictness;
  }

  private static String name(Path file) {
    return root().relativize(file).toString().replace('\\', '/');
  }

  private static Path root() {
    try {
      return Path.of(RecordedReplies.class.getResource("/fixtures").toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
