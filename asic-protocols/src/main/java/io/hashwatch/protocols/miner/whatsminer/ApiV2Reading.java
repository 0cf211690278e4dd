package io.hashwatch.protocols.miner.whatsminer;

import static io.hashwatch.protocols.reading.Figures.GIGA;
import static io.hashwatch.protocols.reading.Figures.MEGA;

import io.hashwatch.protocols.model.ModelSpec;
import io.hashwatch.protocols.reading.Board;
import io.hashwatch.protocols.reading.Figures;
import io.hashwatch.protocols.reading.Limits;
import io.hashwatch.protocols.reading.PollResult;
import io.hashwatch.protocols.reading.Pool;
import io.hashwatch.protocols.reading.Reading;
import io.hashwatch.protocols.reading.Rejected;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Turns the replies of the cgminer-style API (v1/v2) into a reading. Hashrates are in MH/s ({@code
 * MHS 5s}, and {@code HS RT} too despite its name: it equals {@code MHS 5m} in the real replies),
 * the factory hashrate in GH/s ({@code Factory GHS}), {@code Power Rate} in W/TH.
 */
final class ApiV2Reading {
  private static final Pattern ERROR_CODE_KEY = Pattern.compile("Error Code \\d+");

  private ApiV2Reading() {}

  static PollResult parse(ApiV2Replies replies, ModelLookup models) {
    JsonObject summary = ReplyFields.first(replies.summary(), "SUMMARY");
    if (summary == null) {
      return Rejected.because("the summary reply has no SUMMARY section");
    }
    WhatsminerModel model = model(replies);
    ModelSpec spec = model == null ? null : model.spec(models).orElse(null);
    List<JsonObject> devs = ReplyFields.objects(replies.devs(), "DEVS", "EDEVS");
    Double expected = Figures.scaled(summary, GIGA, "Factory GHS");
    if (expected == null && spec != null) {
      expected = spec.nominalHashrateHs();
    }
    List<String> errors = new ArrayList<>(replies.problems());
    errors.addAll(errorCodes(summary));
    return Reading.builder()
        .make(WhatsminerDriver.MAKE)
        .model(model == null ? null : Figures.clip(model.displayName()))
        .firmware(WhatsminerDriver.FIRMWARE)
        .firmwareVersion(firmwareVersion(summary, replies.version()))
        .algorithm(WhatsminerDriver.ALGORITHM)
        .hashrateHs(Figures.scaled(summary, MEGA, "MHS 5s", "HS RT", "MHS 1m", "MHS av"))
        .hashrateAvgHs(Figures.scaled(summary, MEGA, "MHS av"))
        .expectedHashrateHs(expected)
        .boards(boards(devs, spec))
        .fansRpm(fans(summary, devs))
        .powerW(Figures.number(summary, "Power", "Power_RT"))
        .efficiencyJth(Figures.number(summary, "Power Rate"))
        .pools(pools(replies.pools()))
        .accepted(Figures.count(summary, "Accepted"))
        .rejected(Figures.count(summary, "Rejected"))
        .hardwareErrors(Figures.count(summary, "Hardware Errors"))
        .uptimeS(Figures.count(summary, "Elapsed", "Uptime"))
        .errors(Figures.first(errors, Limits.MAX_ERRORS))
        .build();
  }

  private static WhatsminerModel model(ApiV2Replies replies) {
    JsonObject details = ReplyFields.first(replies.devdetails(), "DEVDETAILS");
    String name = Figures.text(details, "Model");
    if (name == null) {
      name = Figures.text(ReplyFields.object(replies.version(), "Msg"), "miner_type");
    }
    return WhatsminerModel.parse(name);
  }

  /** {@code Firmware Version} comes single-quoted ({@code '20200917.22.REL'}); the quotes go. */
  private static String firmwareVersion(JsonObject summary, JsonObject version) {
    String text = Figures.text(summary, "Firmware Version");
    if (text == null) {
      text = Figures.text(ReplyFields.object(version, "Msg"), "fw_ver");
    }
    if (text == null) {
      return null;
    }
    String unquoted = text.replaceAll("^['\"]+|['\"]+$", "").strip();
    return unquoted.isEmpty() ? null : unquoted;
  }

  private static List<Board> boards(List<JsonObject> devs, ModelSpec spec) {
    List<Board> boards = new ArrayList<>();
    for (int position = 0; position < devs.size(); position++) {
      JsonObject dev = devs.get(position);
      Long slot = Figures.count(dev, "Slot", "ASC", "ID");
      boards.add(
          new Board(
              slot == null || slot > Integer.MAX_VALUE ? position : slot.intValue(),
              Figures.scaled(dev, MEGA, "MHS 5s", "MHS 1m", "MHS av"),
              ReplyFields.temperature(dev, "Temperature"),
              ReplyFields.temperature(dev, "Chip Temp Max", "Chip Temp Avg"),
              Figures.smallCount(dev, "Effective Chips"),
              spec == null ? null : spec.chipsPerBoard()));
    }
    return Figures.first(boards, Limits.MAX_BOARDS);
  }

  /** The intake and outlet fans, from the summary or, on firmware without them there, a board. */
  private static List<Integer> fans(JsonObject summary, List<JsonObject> devs) {
    JsonObject source = summary;
    if (!summary.containsKey("Fan Speed In") && !devs.isEmpty()) {
      source = devs.get(0);
    }
    List<Integer> fans = new ArrayList<>();
    for (String key : List.of("Fan Speed In", "Fan Speed Out")) {
      Integer rpm = Figures.smallCount(source, key);
      if (rpm != null) {
        fans.add(rpm);
      }
    }
    return fans;
  }

  private static List<Pool> pools(JsonObject reply) {
    List<Pool> pools = new ArrayList<>();
    for (JsonObject pool : ReplyFields.objects(reply, "POOLS")) {
      String url = Figures.text(pool, "URL");
      if (url == null) {
        continue; // an empty pool slot
      }
      pools.add(
          new Pool(
              url,
              Figures.text(pool, "User"),
              Figures.text(pool, "Status"),
              ReplyFields.flag(pool, "Stratum Active"),
              Figures.count(pool, "Accepted"),
              Figures.count(pool, "Rejected"),
              Figures.count(pool, "Stale")));
    }
    return Figures.first(pools, Limits.MAX_POOLS);
  }

  /** API v1 lists active error codes in the summary: {@code "Error Code 0":110}. */
  private static List<String> errorCodes(JsonObject summary) {
    List<String> codes = new ArrayList<>();
    for (String key : summary.keySet()) {
      if (ERROR_CODE_KEY.matcher(key).matches()) {
        String code = Figures.text(summary, key);
        if (code != null) {
          codes.add("the miner reports error code " + code);
        }
      }
    }
    return codes;
  }
}
