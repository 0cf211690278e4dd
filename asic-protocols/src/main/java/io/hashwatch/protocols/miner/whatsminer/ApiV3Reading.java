package io.hashwatch.protocols.miner.whatsminer;

import static io.hashwatch.protocols.reading.Figures.TERA;

import io.hashwatch.protocols.json.LenientFields;
import io.hashwatch.protocols.model.ModelSpec;
import io.hashwatch.protocols.reading.Board;
import io.hashwatch.protocols.reading.Figures;
import io.hashwatch.protocols.reading.Limits;
import io.hashwatch.protocols.reading.PollResult;
import io.hashwatch.protocols.reading.Pool;
import io.hashwatch.protocols.reading.Reading;
import io.hashwatch.protocols.reading.Rejected;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Turns API v3 replies ({@code {"code":0,"msg":{...}}}, lower-case kebab keys) into a reading.
 * Hashrates come in TH/s ({@code "hash-realtime":171.259}), {@code power-rate} in W/TH.
 */
final class ApiV3Reading {

  private ApiV3Reading() {}

  static PollResult parse(ApiV3Replies replies, ModelLookup models) {
    JsonObject summary =
        ReplyFields.object(ReplyFields.object(replies.summary(), "msg"), "summary");
    if (summary == null) {
      return Rejected.because("the get.miner.status summary reply has no msg.summary");
    }
    JsonObject info = ReplyFields.object(replies.deviceInfo(), "msg");
    WhatsminerModel model =
        WhatsminerModel.parse(Figures.text(ReplyFields.object(info, "miner"), "type"));
    ModelSpec spec = model == null ? null : model.spec(models).orElse(null);
    Double expected = Figures.scaled(summary, TERA, "factory-hash");
    if (expected == null && spec != null) {
      expected = spec.nominalHashrateHs();
    }
    List<String> errors = new ArrayList<>(replies.problems());
    errors.addAll(errorCodes(info));
    return Reading.builder()
        .make(WhatsminerDriver.MAKE)
        .model(model == null ? null : Figures.clip(model.displayName()))
        .firmware(WhatsminerDriver.FIRMWARE)
        .firmwareVersion(Figures.text(ReplyFields.object(info, "system"), "fwversion"))
        .algorithm(WhatsminerDriver.ALGORITHM)
        .hashrateHs(Figures.scaled(summary, TERA, "hash-realtime", "hash-1min"))
        .hashrateAvgHs(Figures.scaled(summary, TERA, "hash-average"))
        .expectedHashrateHs(expected)
        .boards(boards(replies.edevs(), summary, spec))
        .fansRpm(fans(summary))
        .powerW(Figures.number(summary, "power-realtime", "power-5min"))
        .efficiencyJth(Figures.number(summary, "power-rate"))
        .pools(pools(replies.pools()))
        .uptimeS(Figures.count(summary, "elapsed"))
        .errors(Figures.first(errors, Limits.MAX_ERRORS))
        .build();
  }

  /**
   * The hashboards of {@code edevs}. The summary's {@code board-temperature} list gives one PCB
   * temperature per board; it is used only when it has exactly one entry per board.
   */
  private static List<Board> boards(JsonObject edevsReply, JsonObject summary, ModelSpec spec) {
    List<JsonObject> edevs = ReplyFields.objects(ReplyFields.object(edevsReply, "msg"), "edevs");
    List<Double> boardTemps = numbers(summary.get("board-temperature"));
    List<Board> boards = new ArrayList<>();
    for (int position = 0; position < edevs.size(); position++) {
      JsonObject dev = edevs.get(position);
      Long id = Figures.count(dev, "id");
      boards.add(
          new Board(
              id == null || id > Integer.MAX_VALUE ? position : id.intValue(),
              Figures.scaled(dev, TERA, "hash-realtime", "hash-average"),
              boardTemps.size() == edevs.size() ? boardTemps.get(position) : null,
              ReplyFields.temperature(dev, "chip-temp-max", "chip-temp-avg"),
              Figures.smallCount(dev, "effective-chips"),
              spec == null ? null : spec.chipsPerBoard()));
    }
    return Figures.first(boards, Limits.MAX_BOARDS);
  }

  private static List<Double> numbers(JsonValue value) {
    if (value == null || value.getValueType() != JsonValue.ValueType.ARRAY) {
      return List.of();
    }
    List<Double> numbers = new ArrayList<>();
    for (JsonValue element : value.asJsonArray()) {
      numbers.add(LenientFields.number(element));
    }
    return numbers;
  }

  private static List<Integer> fans(JsonObject summary) {
    List<Integer> fans = new ArrayList<>();
    for (String key : List.of("fan-speed-in", "fan-speed-out")) {
      Integer rpm = Figures.smallCount(summary, key);
      if (rpm != null) {
        fans.add(rpm);
      }
    }
    return fans;
  }

  private static List<Pool> pools(JsonObject reply) {
    List<Pool> pools = new ArrayList<>();
    for (JsonObject pool : ReplyFields.objects(ReplyFields.object(reply, "msg"), "pools")) {
      String url = Figures.text(pool, "url");
      if (url == null) {
        continue;
      }
      pools.add(
          new Pool(
              url,
              Figures.text(pool, "account"),
              Figures.text(pool, "status"),
              ReplyFields.flag(pool, "stratum-active"),
              Figures.count(pool, "accepted"),
              Figures.count(pool, "rejected"),
              Figures.count(pool, "stale")));
    }
    return Figures.first(pools, Limits.MAX_POOLS);
  }

  /**
   * {@code error-code} is a list of one-entry objects, code to time or text, sometimes with a
   * {@code reason}: {@code [{"218":"2024-06-15 10:30:00"},{"541":"Slot 1 error...","reason":...}]}.
   */
  private static List<String> errorCodes(JsonObject info) {
    List<String> codes = new ArrayList<>();
    for (JsonObject entry : ReplyFields.objects(info, "error-code")) {
      for (Map.Entry<String, JsonValue> field : entry.entrySet()) {
        if (!field.getKey().isEmpty() && field.getKey().chars().allMatch(Character::isDigit)) {
          String detail = Figures.text(entry, field.getKey());
          codes.add(
              "the miner reports error code "
                  + field.getKey()
                  + (detail == null ? "" : " (" + detail + ")"));
        }
      }
    }
    return codes;
  }
}
