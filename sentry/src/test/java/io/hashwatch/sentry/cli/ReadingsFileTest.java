package io.hashwatch.sentry.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hashwatch.protocols.reading.Reading;
import io.hashwatch.protocols.reading.Unreachable;
import io.hashwatch.protocols.report.DeviceKind;
import io.hashwatch.protocols.report.Report;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReadingsFileTest {
  private static final Instant NOW = Instant.parse("2026-11-29T18:30:00Z");

  @TempDir Path dir;

  @Test
  void readsTheShippedExample() throws BadInputException {
    ReadingsFile file = ReadingsFile.read(Path.of("examples/readings.json"), NOW);

    assertThat(file.readings()).hasSize(3);
    UnsentReading first = file.readings().get(0);
    assertThat(first.kind()).isEqualTo(DeviceKind.ASIC);
    assertThat(first.time()).isEqualTo(Instant.parse("2026-11-29T18:00:00Z"));
    assertThat(((Reading) first.result()).boards()).hasSize(3);
    assertThat(file.readings().get(1).result()).isInstanceOf(Unreachable.class);
    assertThat(file.readings().get(2).kind()).isEqualTo(DeviceKind.RIG);
  }

  @Test
  void anEntryWithoutTimeIsTakenNow() throws BadInputException {
    ReadingsFile file = ReadingsFile.read(Path.of("examples/readings.json"), NOW);

    assertThat(file.readings().get(1).time()).isEqualTo(NOW);
  }

  @Test
  void numbersTheReadingsAfterTheLastSequence() throws Exception {
    Report batch = ReadingsFile.read(Path.of("examples/readings.json"), NOW).numberedAfter(41);

    assertThat(batch.entries()).extracting(entry -> entry.seq()).containsExactly(42L, 43L, 44L);
    assertThat(batch.entries().get(2).address()).isEqualTo("rig-07");
  }

  @Test
  void namesTheBadFieldOfAReading() throws IOException {
    Path file =
        write(
            "{\"entries\":[{\"address\":\"a:1\",\"kind\":\"asic\","
                + "\"reading\":{\"result\":\"reading\",\"hashrateHs\":-5}}]}");

    assertThatThrownBy(() -> ReadingsFile.read(file, NOW))
        .isInstanceOf(BadInputException.class)
        .hasMessage(file + ": entries[0].reading.hashrateHs: must be a number >= 0");
  }

  @Test
  void refusesAnUnknownKind() throws IOException {
    Path file = write("{\"entries\":[{\"address\":\"a:1\",\"kind\":\"toaster\",\"reading\":{}}]}");

    assertThatThrownBy(() -> ReadingsFile.read(file, NOW))
        .hasMessageEndingWith("entries[0].kind: must be asic, rig, gpu or relay");
  }

  @Test
  void refusesHandWrittenSequenceNumbers() throws IOException {
    Path file =
        write(
            "{\"entries\":[{\"seq\":7,\"address\":\"a:1\",\"kind\":\"asic\","
                + "\"reading\":{\"result\":\"no-data\",\"errors\":[\"x\"]}}]}");

    assertThatThrownBy(() -> ReadingsFile.read(file, NOW))
        .hasMessageContaining("entries[0].seq: is numbered by the sentry");
  }

  @Test
  void refusesAFileWithoutEntries() throws IOException {
    Path file = write("{\"dropped\":3}");

    assertThatThrownBy(() -> ReadingsFile.read(file, NOW))
        .hasMessageEndingWith("entries: is required");
  }

  @Test
  void refusesSomethingThatIsNotJson() throws IOException {
    Path file = write("{\"entries\": [");

    assertThatThrownBy(() -> ReadingsFile.read(file, NOW)).hasMessageContaining("not valid JSON");
  }

  @Test
  void refusesAMissingFile() {
    Path missing = dir.resolve("missing.json");

    assertThatThrownBy(() -> ReadingsFile.read(missing, NOW))
        .hasMessage(missing + ": no such file");
  }

  @Test
  void refusesAFileOverTheBound() throws IOException {
    Path file = dir.resolve("huge.json");
    Files.write(file, new byte[ReadingsFile.MAX_BYTES + 1]);

    assertThatThrownBy(() -> ReadingsFile.read(file, NOW)).hasMessageContaining("larger than");
  }

  private Path write(String json) throws IOException {
    return Files.writeString(dir.resolve("readings.json"), json);
  }
}
