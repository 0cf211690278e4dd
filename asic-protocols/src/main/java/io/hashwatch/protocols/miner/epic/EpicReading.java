package io.hashwatch.protocols.miner.epic;

import io.hashwatch.protocols.json.LenientFields;
import io.hashwatch.protocols.model.ModelCatalog;
import io.hashwatch.protocols.model.ModelSpec;
import io.hashwatch.protocols.reading.Limits;
import io.hashwatch.protocols.reading.PollResult;
import io.hashwatch.protocols.reading.Reading;
import io.hashwatch.protocols.reading.Rejected;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The reading of an ePIC UMC miner from {@code /summary}, {@code /capabilities} (model, chips per
 * board, default hashrate) and {@code /hashrate} (each chip's hashrate): a pure function, tested on
 * recorded replies. ePIC gives hashrates in MH/s and power as the PSU's input power.
 */
final class EpicReading {

  private EpicReading() {}

  /**
   * @param capabilities the {@code /capabilities} reply, or null when it could not be read
   * @param chipHashrates the {@code /hashrate} reply, or null
   * @param errors what could not be read so far
   */
  static PollResult from(
      JsonObject summary, JsonObject capabilities, JsonValue chipHashrates, List<String> errors) {
    JsonObject session = object(summary, "Session");
    if (session == null && !(summary.get("HBs") instanceof JsonArray)) {
      return Rejected.because(
          "the HTTP server on the API port answers /summary, but not as ePIC UMC does");
    }
    String model = clip(LenientFields.text(capabilities, "Model"));
    String make = make(model);
    Optional<ModelSpec> spec = ModelCatalog.standard().find(make, model);
    Long chipsPerBoard =
        LenientFields.whole(object(capabilities, "Performance Estimator"), "Chip Count");
    EpicBoards boards =
        EpicBoards.of(
            summary,
            chipHashrates,
            chipsPerBoard != null && chipsPerBoard >= 0 && chipsPerBoard <= Integer.MAX_VALUE
                ? Integer.valueOf(chipsPerBoard.intValue())
                : spec.map(ModelSpec::chipsPerBoard).orElse(null));
    Double power =
        positive(LenientFields.number(object(summary, "Power Supply Stats"), "Input Power"));
    Double average = positive(LenientFields.number(session, "Average MHs"));
    Double hashrate = scaled(boards.hashrateHs(), 1);
    return Reading.builder()
        .make(make)
        .model(model)
        .firmware(EpicDriver.FIRMWARE)
        .firmwareVersion(clip(LenientFields.text(summary, "Software")))
        .algorithm(algorithm(summary, spec))
        .hashrateHs(hashrate)
        .hashrateAvgHs(scaled(average, 1e6))
        .expectedHashrateHs(scaled(expected(boards, capabilities, spec), 1))
        .boards(boards.boards())
        .fansRpm(fans(object(summary, "Fans Rpm")))
        .powerW(power)
        .efficiencyJth(
            power == null || hashrate == null || hashrate <= 0
                ? null
                : positive(power / (hashrate / 1e12)))
        .pools(EpicPools.from(summary))
        .accepted(count(session, "Accepted"))
        .rejected(count(session, "Rejected"))
        .uptimeS(count(session, "Uptime"))
        .errors(errors)
        .build();
  }

  static JsonObject object(JsonObject parent, String key) {
    return parent != null && parent.get(key) instanceof JsonObject child ? child : null;
  }

  static List<JsonObject> objects(JsonValue value) {
    if (!(value instanceof JsonArray array)) {
      return List.of();
    }
    return array.stream()
        .filter(item -> item.getValueType() == JsonValue.ValueType.OBJECT)
        .map(JsonValue::asJsonObject)
        .toList();
  }

  /** The boards' own figure, else the model's default setting (TH/s), else the catalog's. */
  private static Double expected(
      EpicBoards boards, JsonObject capabilities, Optional<ModelSpec> spec) {
    if (boards.expectedHs() != null) {
      return boards.expectedHs();
    }
    Double terahashes = positive(LenientFields.number(capabilities, "Default Hashrate"));
    return terahashes != null
        ? scaled(terahashes, 1e12)
        : spec.map(ModelSpec::nominalHashrateHs).orElse(null);
  }

  /** ePIC's UMC replaces the control board of other makers' miners; the model names the maker. */
  private static String make(String model) {
    String lower = model == null ? "" : model.toLowerCase(Locale.ROOT);
    if (lower.startsWith("antminer")) {
      return "Bitmain";
    }
    return lower.startsWith("whatsminer") ? "MicroBT" : null;
  }

  private static String algorithm(JsonObject summary, Optional<ModelSpec> spec) {
    String algorithm = LenientFields.text(object(summary, "Mining"), "Algorithm");
    if ("SHA-256".equalsIgnoreCase(algorithm)) {
      return "SHA256";
    }
    return algorithm != null ? clip(algorithm) : spec.map(ModelSpec::algorithm).orElse(null);
  }

  /** {@code "Fans Rpm":{"Fans Speed 1":5971,...,"Fans Speed 5":null}}: the fans that report. */
  private static List<Integer> fans(JsonObject fans) {
    List<Integer> rpms = new ArrayList<>();
    if (fans != null) {
      for (JsonValue value : fans.values()) {
        Double rpm = LenientFields.number(value);
        if (rpm != null && rpm >= 0 && rpm <= Integer.MAX_VALUE && rpms.size() < Limits.MAX_FANS) {
          rpms.add((int) Math.round(rpm));
        }
      }
    }
    return rpms;
  }

  /** Text cut to the reading's bound. */
  static String clip(String text) {
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

  private static Long count(JsonObject object, String key) {
    Long value = LenientFields.whole(object, key);
    return value == null || value < 0 ? null : value;
  }
}
