package io.hashwatch.protocols.miner.avalon;

import io.hashwatch.protocols.cgminer.CgminerPools;
import io.hashwatch.protocols.cgminer.CgminerStatus;
import io.hashwatch.protocols.json.LenientFields;
import io.hashwatch.protocols.model.ModelSpec;
import io.hashwatch.protocols.reading.Limits;
import io.hashwatch.protocols.reading.PollResult;
import io.hashwatch.protocols.reading.Reading;
import io.hashwatch.protocols.reading.Rejected;
import io.hashwatch.protocols.transport.DeviceResponseException;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
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
    Double power = positive(mm.powerW());
    Double expected =
        firstKnown(
            gigahashes(mm, "GHSmm"), model.spec().map(ModelSpec::nominalHashrateHs).orElse(null));
    return Reading.builder()
        .make(AvalonModel.MAKE)
        .model(clip(model.name()))
        .firmware(AvalonDriver.FIRMWARE)
        .firmwareVersion(clip(model.firmwareVersion()))
        .algorithm(model.spec().map(ModelSpec::algorithm).orElse("SHA256"))
        .hashrateHs(hashrate)
        .hashrateAvgHs(firstKnown(megahashes(totals, "MHS av"), gigahashes(mm, "GHSavg")))
        .expectedHashrateHs(expected)
        .boards(bounded(AvalonBoards.of(mm, expectedChips), Limits.MAX_BOARDS, "boards", errors))
        .fansRpm(bounded(AvalonBoards.fans(mm), Limits.MAX_FANS, "fans", errors))
        .powerW(power)
        .efficiencyJth(efficiency(power, hashrate))
        .pools(bounded(CgminerPools.from(pools), Limits.MAX_POOLS, "pools", errors))
        .accepted(count(LenientFields.whole(totals, "Accepted")))
        .rejected(count(LenientFields.whole(totals, "Rejected")))
        .hardwareErrors(hardwareErrors(totals, mm))
        .uptimeS(count(firstKnown(LenientFields.whole(totals, "Elapsed"), mm.elapsed())))
        .errors(bounded(errors, Limits.MAX_ERRORS, "errors", new ArrayList<>()))
        .build();
  }

  /** The objects of a reply's section ({@code "POOLS":[{...},{...}]}); empty when absent. */
  static List<JsonObject> entries(JsonObject reply, String section) {
    if (reply == null || !(reply.get(section) instanceof JsonArray array)) {
      return List.of();
    }
    return array.stream()
        .filter(value -> value.getValueType() == JsonValue.ValueType.OBJECT)
        .map(JsonValue::asJsonObject)
        .toList();
  }

  static Double efficiency(Double powerW, Double hashrateHs) {
    return powerW == null || hashrateHs == null || hashrateHs <= 0
        ? null
        : positive(powerW / (hashrateHs / 1e12));
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
    List<JsonObject> entries = entries(reply, section);
    return entries.isEmpty() ? null : entries.get(0);
  }

  private static Double megahashes(JsonObject totals, String... keys) {
    return scaled(LenientFields.number(totals, keys), 1e6);
  }

  /** The modules' sum of a GH/s token, in H/s. */
  private static Double gigahashes(AvalonStats mm, String token) {
    return scaled(mm.sum(token), 1e9);
  }

  private static Long hardwareErrors(JsonObject totals, AvalonStats mm) {
    Long fromSummary = count(LenientFields.whole(totals, "Hardware Errors"));
    if (fromSummary != null) {
      return fromSummary;
    }
    Double fromModules = positive(mm.sum("HW"));
    return fromModules == null ? null : fromModules.longValue();
  }

  private static <T> T firstKnown(T first, T second) {
    return first != null ? first : second;
  }

  /** Text cut to the reading's bound. */
  private static String clip(String text) {
    return text == null || text.length() <= Limits.MAX_TEXT
        ? text
        : text.substring(0, Limits.MAX_TEXT);
  }

  /** {@code value * unit} when that is a figure: finite and >= 0; else null. */
  static Double scaled(Double value, double unit) {
    return positive(value == null ? null : value * unit);
  }

  private static Double positive(Double value) {
    return value == null || !Double.isFinite(value) || value < 0 ? null : value;
  }

  private static Long count(Long value) {
    return value == null || value < 0 ? null : value;
  }

  /** A list cut to the reading's bound, saying so among the errors. */
  private static <T> List<T> bounded(List<T> list, int max, String name, List<String> errors) {
    if (list.size() <= max) {
      return list;
    }
    errors.add(
        "the miner reported " + list.size() + " " + name + "; the first " + max + " are kept");
    return list.subList(0, max);
  }
}
