package io.hashwatch.protocols.miner.whatsminer;

import jakarta.json.JsonObject;
import java.util.List;

/**
 * What one poll of API v3 (TCP 4433) gathered; any reply but the summary may be null when refused,
 * {@code problems} says why.
 *
 * @param deviceInfo {@code get.device.info}: model, firmware, error codes
 * @param summary {@code get.miner.status} with param {@code summary}
 * @param edevs {@code get.miner.status} with param {@code edevs}: the hashboards
 * @param pools {@code get.miner.status} with param {@code pools}
 */
record ApiV3Replies(
    JsonObject deviceInfo,
    JsonObject summary,
    JsonObject edevs,
    JsonObject pools,
    List<String> problems) {

  ApiV3Replies {
    problems = List.copyOf(problems);
  }
}
