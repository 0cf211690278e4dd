package io.hashwatch.sentry.gpus;

import io.hashwatch.protocols.testing.Fixtures;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A real executable standing in for nvidia-smi: a shell script that logs its arguments and answers
 * from files the test writes, so that a test can change what the "driver" does between reads: which
 * query field it refuses, whether it knows {@code -x}, its exit code, or whether it hangs.
 */
final class FakeNvidiaSmi {
  private static final String SCRIPT =
      """
      d=%s
      echo "$*" >> "$d/log"
      [ -e "$d/hang" ] && exec sleep 600
      case "$1" in
        --query-gpu=*)
          if [ -e "$d/refuse" ] && echo "$1" | grep -qF "$(cat "$d/refuse")"; then
            echo "Field \\"$(cat "$d/refuse")\\" is not a valid field to query."
            echo ""
            exit 2
          fi
          cat "$d/answer.csv";;
        -q)
          if [ "$2" = "-x" ]; then
            if [ -e "$d/no-xml" ]; then
              echo "Invalid combination of input arguments. Please run 'nvidia-smi -h' for help."
              exit 2
            fi
            cat "$d/answer.xml"
          else
            cat "$d/answer.txt"
          fi;;
      esac
      exit $(cat "$d/code" 2>/dev/null || echo 0)
      """;

  private final Path dir;
  private final Path script;

  FakeNvidiaSmi(Path dir) {
    this.dir = dir;
    this.script = Scripts.write(dir, "nvidia-smi", SCRIPT.formatted(Scripts.quoted(dir)));
  }

  Path path() {
    return script;
  }

  /** What it prints for the CSV query, {@code -q -x} and {@code -q}. */
  FakeNvidiaSmi answers(String csv, String xmlFixture, String textFixture) {
    write("answer.csv", csv);
    write("answer.xml", Fixtures.text("nvidia-smi/xml/" + xmlFixture));
    write("answer.txt", Fixtures.text("nvidia-smi/q/" + textFixture));
    return this;
  }

  FakeNvidiaSmi answersCsv(String csv) {
    write("answer.csv", csv);
    return this;
  }

  /** Refuses every query that asks for {@code field}, as an older driver does. */
  FakeNvidiaSmi refuses(String field) {
    write("refuse", field);
    return this;
  }

  FakeNvidiaSmi withoutXml() {
    write("no-xml", "");
    return this;
  }

  FakeNvidiaSmi exits(int code) {
    write("code", Integer.toString(code));
    return this;
  }

  FakeNvidiaSmi hangs() {
    write("hang", "");
    return this;
  }

  FakeNvidiaSmi recovers() {
    try {
      Files.deleteIfExists(dir.resolve("hang"));
      Files.deleteIfExists(dir.resolve("code"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }

  /** The arguments of each run so far, one line each. */
  List<String> runs() {
    try {
      Path log = dir.resolve("log");
      return Files.exists(log) ? Files.readAllLines(log) : List.of();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void write(String name, String text) {
    SysfsTree.write(dir, name, text);
  }
}
