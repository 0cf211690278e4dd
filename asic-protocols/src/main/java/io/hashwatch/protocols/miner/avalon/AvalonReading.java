package io.hashwatch.protocols.miner.avalon;

import io.hashwatch.protocols.cgminer.CgminerPools;
import io.hashwatch.protocols.cgminer.CgminerRows;
import io.hashwatch.protocols.cgminer.CgminerStatus;
import io.hashwatch.protocols.json.LenientFields;
import io.hashwatch.protocols.model.ModelSpec;
import io.hashwatch.protocols.reading.Figures;
import io.hashwatch.protocols.reading.Limits;
import io.hashwatch.protocols.reading.PollResult;
import io.hashwatch.protocols.reading.Reading;
import io.hashwatch.protocols.reading.Rejected;
import io.hashwatch.protocols.transport.DeviceResponseException;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The reading of an Avalon from its replies to {@code version}, {@code summary}, {@code pools} and
 * {@code stats}: a pure function, so that it can be tested on recorded replies. Hashrates come from
 * the summary (MH/s) and, failing that, from the MM strings (GH/s); the expected hashrate is the
 * firmware's own {@code GHSmm}, else the model's nominal one.
 */
final class AvalonReading {
  static final List<String> COMMANDS = List.of("version", "summary", "pools", "stats");

  private static final int MAX_ERROR_TEXT = 200;

  private AvalonReading() {}

  static PollResult from(Map<String, JsonObject> replies) {
    List<String> errors = new ArrayList<>();
    JsonObject version = first(usable(replies, "version", errors), "VERSION");
    JsonObject summary = usable(replies, "summary", errors);
    JsonObject pools = usable(replies, "pools", errors);
    JsonObject stats = usable(replies, "stats", errors);
    if (summary == null && stats == null) {
      return new Rejected(errors);
    }
    AvalonStats mm = AvalonStats.from(stats);
    if (stats != null && mm.modules().isEmpty()) {
      errors.add("stats: no MM ID string, so no boards, fans or power");
    }
    JsonObject totals = first(summary, "SUMMARY");
    AvalonModel model = AvalonModel.of(version, mm);
    Integer expectedChips = model.spec().map(ModelSpec::chipsPerBoard).orElse(null);
    Double hashrate =
        firstKnown(megahashes(totals, "MHS 5s", "MHS 30s", "MHS 1m"), gigahashes(mm, "GHSspd"));
    Double power = Figures.figure(mm.powerW());
    Double expected =
        firstKnown(
            gigahashes(mm, "GHSmm"), model.spec().map(ModelSpec::nominalHashrateHs).orElse(null));
    return Reading.builder()
        .make(AvalonModel.MAKE)
        .model(Figures.clip(model.name()))
        .firmware(AvalonDriver.FIRMWARE)
        .firmwareVersion(Figures.clip(model.firmwareVersion()))
        .algorithm(model.spec().map(ModelSpec::algorithm).orElse("SHA256"))
        .hashrateHs(hashrate)
        .hashrateAvgHs(firstKnown(megahashes(totals, "MHS av"), gigahashes(mm, "GHSavg")))
        .expectedHashrateHs(expected)
        .boards(
            Figures.bounded(
                AvalonBoards.of(mm, expectedChips), Limits.MAX_BOARDS, "boards", errors))
        .fansRpm(Figures.bounded(AvalonBoards.fans(mm), Limits.MAX_FANS, "fans", errors))
        .powerW(power)
        .efficiencyJth(Figures.efficiency(power, hashrate))
        .pools(Figures.bounded(CgminerPools.from(pools), Limits.MAX_POOLS, "pools", errors))
        .accepted(count(LenientFields.whole(totals, "Accepted")))
        .rejected(count(LenientFields.whole(totals, "Rejected")))
        .hardwareErrors(hardwareErrors(totals, mm))
        .uptimeS(count(firstKnown(LenientFields.whole(totals, "Elapsed"), mm.elapsed())))
        .errors(Figures.bounded(errors, Limits.MAX_ERRORS, "errors", new ArrayList<>()))
        .build();
  }

  private static JsonObject usable(
      Map<String, JsonObject> replies, String command, List<String> errors) {
    JsonObject reply = replies.get(command);
    if (reply == null) {
      errors.add(command + ": no reply");
      return null;
    }
    try {
      CgminerStatus.check(reply);
      return reply;
    } catch (DeviceResponseException e) {
      String message = command + ": " + e.getMessage();
      errors.add(
          message.length() <= MAX_ERROR_TEXT ? message : message.substring(0, MAX_ERROR_TEXT));
      return null;
    }
  }

  private static JsonObject first(JsonObject reply, String section) {
    List<JsonObject> entries = CgminerRows.objects(reply, section);
    return entries.isEmpty() ? null : entries.get(0);
  }

  private static Double megahashes(JsonObject totals, String... keys) {
    return Figures.scaled(totals, Figures.MEGA, keys);
  }

  /** The modules' sum of a GH/s token, in H/s. */
  private static Double gigahashes(AvalonStats mm, String token) {
    return Figures.scaled(mm.sum(token), Figures.GIGA);
  }

  private static Long hardwareErrors(JsonObject totals, AvalonStats mm) {
    Long fromSummary = count(LenientFields.whole(totals, "Hardware Errors"));
    if (fromSummary != null) {
      return fromSummary;
    }
    Double fromModules = Figures.figure(mm.sum("HW"));
    return fromModules == null ? null : fromModules.longValue();
  }

  private static <T> T firstKnown(T first, T second) {
    return first != null ? first : second;
  }

  private static Long count(Long value) {
    return value == null || value < 0 ? null : value;
  }
}
