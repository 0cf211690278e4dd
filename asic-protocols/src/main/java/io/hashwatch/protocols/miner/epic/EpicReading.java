package io.hashwatch.protocols.miner.epic;

import io.hashwatch.protocols.json.LenientFields;
import io.hashwatch.protocols.model.ModelCatalog;
import io.hashwatch.protocols.model.ModelSpec;
import io.hashwatch.protocols.reading.Figures;
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
    String model = Figures.clip(LenientFields.text(capabilities, "Model"));
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
    Double power = Figures.number(object(summary, "Power Supply Stats"), "Input Power");
    Double average = Figures.number(session, "Average MHs");
    Double hashrate = Figures.figure(boards.hashrateHs());
    return Reading.builder()
        .make(make)
        .model(model)
        .firmware(EpicDriver.FIRMWARE)
        .firmwareVersion(Figures.clip(LenientFields.text(summary, "Software")))
        .algorithm(algorithm(summary, spec))
        .hashrateHs(hashrate)
        .hashrateAvgHs(Figures.scaled(average, Figures.MEGA))
        .expectedHashrateHs(Figures.figure(expected(boards, capabilities, spec)))
        .boards(boards.boards())
        .fansRpm(fans(object(summary, "Fans Rpm")))
        .powerW(power)
        .efficiencyJth(Figures.efficiency(power, hashrate))
        .pools(EpicPools.from(summary))
        .accepted(Figures.count(session, "Accepted"))
        .rejected(Figures.count(session, "Rejected"))
        .uptimeS(Figures.count(session, "Uptime"))
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
    Double terahashes = Figures.number(capabilities, "Default Hashrate");
    return terahashes != null
        ? Figures.scaled(terahashes, Figures.TERA)
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
    return algorithm != null
        ? Figures.clip(algorithm)
        : spec.map(ModelSpec::algorithm).orElse(null);
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
}
