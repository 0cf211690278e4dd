package io.hashwatch.protocols.miner.whatsminer;

import io.hashwatch.protocols.cgminer.CgminerClient;
import io.hashwatch.protocols.cgminer.CgminerStatus;
import io.hashwatch.protocols.transport.DeviceException;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Gathers one poll's replies over the cgminer-style API (v1/v2): {@code summary}, {@code devs},
 * {@code pools} and {@code devdetails} in one joined request where the firmware allows it, and
 * {@code get_version} only when the summary lacks the firmware version (API 2.x summaries do).
 */
final class ApiV2Poll {
  private static final List<String> COMMANDS = List.of("summary", "devs", "pools", "devdetails");

  private ApiV2Poll() {}

  /**
   * @throws DeviceException when the miner cannot be asked or refuses the summary; a refused {@code
   *     devs}, {@code pools}, {@code devdetails} or {@code get_version} is a problem noted in the
   *     replies instead
   */
  static ApiV2Replies read(CgminerClient client) throws DeviceException {
    Map<String, JsonObject> replies = client.commands(COMMANDS);
    JsonObject summary = replies.get("summary");
    CgminerStatus.check(summary);
    List<String> problems = new ArrayList<>();
    JsonObject devs = accepted(replies.get("devs"), "devs", problems);
    JsonObject pools = accepted(replies.get("pools"), "pools", problems);
    JsonObject devdetails = accepted(replies.get("devdetails"), "devdetails", problems);
    JsonObject version = null;
    JsonObject section = ReplyFields.first(summary, "SUMMARY");
    if (ReplyFields.text(section, "Firmware Version") == null) {
      try {
        version = CgminerClient.parse(client.send("{\"cmd\":\"get_version\"}"));
        CgminerStatus.check(version);
      } catch (DeviceException e) {
        version = null;
        problems.add("get_version: " + e.getMessage());
      }
    }
    return new ApiV2Replies(summary, devs, pools, devdetails, version, problems);
  }

  private static JsonObject accepted(JsonObject reply, String command, List<String> problems) {
    try {
      CgminerStatus.check(reply);
      return reply;
    } catch (DeviceException e) {
      problems.add(command + ": " + e.getMessage());
      return null;
    }
  }
}
