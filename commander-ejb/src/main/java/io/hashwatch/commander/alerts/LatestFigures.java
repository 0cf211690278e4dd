package io.hashwatch.commander.alerts;

import io.hashwatch.protocols.json.CachedJsonProvider;
import io.hashwatch.protocols.json.FieldReader;
import io.hashwatch.protocols.json.InvalidFieldException;
import io.hashwatch.protocols.reading.Board;
import io.hashwatch.protocols.reading.PollResult;
import io.hashwatch.protocols.reading.Reading;
import io.hashwatch.protocols.reading.ReadingJson;
import jakarta.json.JsonException;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.util.List;

/**
 * The figures of a device's latest reading that {@code device_state} keeps only in its JSON. Chips
 * are counted only when every board gives its count (and its expected count); a board "found"
 * hashes or does not say, the boards expected are those the miner lists (no model data says more).
 */
record LatestFigures(
    Double expectedHashrateHs,
    List<Integer> fansRpm,
    Integer chipsFound,
    Integer chipsExpected,
    Integer boardsFound,
    Integer boardsExpected,
    Long accepted,
    Long rejected) {
  static final LatestFigures NONE =
      new LatestFigures(null, List.of(), null, null, null, null, null, null);
  private static final System.Logger LOG = System.getLogger(LatestFigures.class.getName());

  /** The figures of a stored poll result, or none when it is not a reading (or not readable). */
  static LatestFigures parse(String json) {
    PollResult result;
    try (JsonReader reader = CachedJsonProvider.INSTANCE.createReader(new StringReader(json))) {
      result = ReadingJson.fromJson(FieldReader.root(reader.readObject()));
    } catch (JsonException | InvalidFieldException | IllegalArgumentException e) {
      // A state written before the first poll ('{}') or by an older commander: no figures.
      LOG.log(System.Logger.Level.DEBUG, "a device state without readable figures", e);
      return NONE;
    }
    return result instanceof Reading reading ? of(reading) : NONE;
  }

  static LatestFigures of(Reading reading) {
    List<Board> boards = reading.boards();
    boolean chipsKnown =
        !boards.isEmpty()
            && boards.stream().allMatch(b -> b.chips() != null && b.expectedChips() != null);
    return new LatestFigures(
        reading.expectedHashrateHs(),
        reading.fansRpm(),
        chipsKnown ? boards.stream().mapToInt(Board::chips).sum() : null,
        chipsKnown ? boards.stream().mapToInt(Board::expectedChips).sum() : null,
        boards.isEmpty()
            ? null
            : (int)
                boards.stream().filter(b -> b.hashrateHs() == null || b.hashrateHs() > 0).count(),
        boards.isEmpty() ? null : boards.size(),
        reading.accepted(),
        reading.rejected());
  }
}
