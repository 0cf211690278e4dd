package io.hashwatch.protocols.miner.braiins;

import io.hashwatch.protocols.cgminer.CgminerPools;
import io.hashwatch.protocols.model.ModelSpec;
import io.hashwatch.protocols.reading.Figures;
import io.hashwatch.protocols.reading.Limits;
import io.hashwatch.protocols.reading.NoData;
import io.hashwatch.protocols.reading.PollResult;
import io.hashwatch.protocols.reading.Reading;
import io.hashwatch.protocols.reading.Rejected;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * Turns the replies of a bosminer (or BOSer) cgminer-compatible API into a reading: {@code version}
 * for the firmware version, {@code summary} for hashrate, shares and uptime, {@code pools}, {@code
 * devs} + {@code temps} + {@code devdetails} for the boards and the model, {@code fans}, and {@code
 * tunerstatus} for the power the tuner estimates. A pure function of the replies.
 */
public final class BosminerReading {
  /** The commands one poll sends, joined as {@code version+summary+...} where bosminer allows. */
  public static final List<String> COMMANDS =
      List.of("version", "summary", "pools", "devs", "devdetails", "temps", "fans", "tunerstatus");

  private static final String BITMAIN = "Bitmain";

  private BosminerReading() {}

  /**
   * The reading the replies give; {@link Rejected} when the miner refused even its summary, {@link
   * NoData} when its summary is empty (a miner still starting).
   *
   * @param replies the reply to each of {@link #COMMANDS}, by command
   * @param specs the model data for a make and model (ModelCatalog.standard()::find)
   */
  public static PollResult read(
      Map<String, JsonObject> replies, BiFunction<String, String, Optional<ModelSpec>> specs) {
    BosminerReplies answers = new BosminerReplies(replies);
    List<JsonObject> summaries = answers.rows("summary", "SUMMARY");
    if (summaries.isEmpty()) {
      return answers.errors().isEmpty()
          ? NoData.because("summary: the miner has nothing to report yet")
          : new Rejected(answers.errors());
    }
    JsonObject summary = summaries.get(0);
    List<JsonObject> details = answers.rows("devdetails", "DEVDETAILS");
    String model = model(details);
    String make = model != null && model.startsWith("Antminer") ? BITMAIN : null;
    Optional<ModelSpec> spec = specs.apply(make, model);
    List<JsonObject> devs = answers.rows("devs", "DEVS");
    Double hashrate = Figures.scaled(summary, Figures.MEGA, "MHS 5s", "MHS 1m", "MHS av");
    JsonObject tuner = answers.first("tunerstatus", "TUNERSTATUS");
    Double power = Figures.number(tuner, "ApproximateMinerPowerConsumption");
    Double nominal = BosminerBoards.nominalHashrate(devs);
    Reading.Builder reading =
        Reading.builder()
            .make(make)
            .model(model)
            .firmware(BraiinsDriver.FIRMWARE)
            .firmwareVersion(firmwareVersion(answers.description("version")))
            .algorithm("SHA256")
            .hashrateHs(hashrate)
            .hashrateAvgHs(Figures.scaled(summary, Figures.MEGA, "MHS av"))
            .expectedHashrateHs(
                nominal != null ? nominal : spec.map(ModelSpec::nominalHashrateHs).orElse(null))
            .boards(
                BosminerBoards.boards(
                    devs,
                    answers.rows("temps", "TEMPS"),
                    details,
                    spec.map(ModelSpec::chipsPerBoard).orElse(null)))
            .fansRpm(fans(answers.rows("fans", "FANS"), spec))
            .powerW(power)
            .efficiencyJth(Figures.efficiency(power, hashrate))
            .pools(Figures.first(CgminerPools.of(answers.rows("pools", "POOLS")), Limits.MAX_POOLS))
            .accepted(Figures.count(summary, "Accepted"))
            .rejected(Figures.count(summary, "Rejected"))
            .hardwareErrors(Figures.count(summary, "Hardware Errors"))
            .uptimeS(Figures.count(summary, "Elapsed"));
    return reading.errors(answers.errors()).build(); // at most one reason per command
  }

  /**
   * The firmware version from the {@code Description} of the version reply, without the program
   * name: {@code BOSminer+ 0.2.0-36c56a9363} gives {@code 0.2.0-36c56a9363}, {@code BOSer
   * boser-buildroot 0.1.0-45f356ea} gives {@code boser-buildroot 0.1.0-45f356ea}.
   */
  static String firmwareVersion(String description) {
    if (description == null) {
      return null;
    }
    String trimmed = description.strip();
    int space = trimmed.indexOf(' ');
    String version = space < 0 ? trimmed : trimmed.substring(space + 1).strip();
    return version.isEmpty() ? null : Figures.clip(version);
  }

  /** The model devdetails names ({@code Bitmain Antminer S9}), without the maker's name. */
  private static String model(List<JsonObject> details) {
    for (JsonObject detail : details) {
      String model = Figures.text(detail, "Model");
      if (model != null) {
        return model.startsWith(BITMAIN + " ") ? model.substring(BITMAIN.length() + 1) : model;
      }
    }
    return null;
  }

  /**
   * The fans' speeds. bosminer lists every fan header (four on an S9 that has two fans); headers
   * past the model's fan count that read 0 RPM have no fan and are left out.
   */
  private static List<Integer> fans(List<JsonObject> rows, Optional<ModelSpec> spec) {
    List<Integer> rpms = new ArrayList<>();
    for (JsonObject row : rows) {
      Integer rpm = Figures.smallCount(row, "RPM");
      if (rpm != null && rpms.size() < Limits.MAX_FANS) {
        rpms.add(rpm);
      }
    }
    int fitted = spec.map(ModelSpec::fans).orElse(rpms.size());
    while (rpms.size() > fitted && rpms.get(rpms.size() - 1) == 0) {
      rpms.remove(rpms.size() - 1);
    }
    return rpms;
  }
}
