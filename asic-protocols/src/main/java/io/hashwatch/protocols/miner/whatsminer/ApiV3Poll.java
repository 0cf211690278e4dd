package io.hashwatch.protocols.miner.whatsminer;

import io.hashwatch.protocols.transport.DeviceException;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;

/**
 * Gathers one poll's replies over API v3: {@code get.miner.status} with {@code summary}, {@code
 * edevs} and {@code pools}, and {@code get.device.info}. The v3 API has no joined command, so this
 * is four exchanges.
 */
final class ApiV3Poll {

  private ApiV3Poll() {}

  /**
   * @throws DeviceException when the miner cannot be asked or refuses the summary; the other
   *     replies, refused, are problems noted in the replies
   */
  static ApiV3Replies read(ApiV3Client client) throws DeviceException {
    JsonObject summary = client.get("get.miner.status", "summary");
    List<String> problems = new ArrayList<>();
    JsonObject edevs = optional(client, "get.miner.status", "edevs", problems);
    JsonObject pools = optional(client, "get.miner.status", "pools", problems);
    JsonObject info = optional(client, "get.device.info", null, problems);
    return new ApiV3Replies(info, summary, edevs, pools, problems);
  }

  private static JsonObject optional(
      ApiV3Client client, String cmd, String param, List<String> problems) {
    try {
      return client.get(cmd, param);
    } catch (DeviceException e) {
      problems.add(cmd + (param == null ? "" : " " + param) + ": " + e.getMessage());
      return null;
    }
  }
}
