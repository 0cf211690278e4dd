package io.hashwatch.protocols.miner.whatsminer;

import jakarta.json.JsonObject;
import java.util.List;

/**
 * What one poll of the cgminer-style API (v1/v2, TCP 4028) gathered. Every reply but the summary
 * may be null when the miner refused it; {@code problems} says why, in words.
 *
 * @param summary the {@code summary} reply, with its SUMMARY section
 * @param devs the {@code devs} reply (DEVS, or EDEVS on firmware that answers so)
 * @param pools the {@code pools} reply
 * @param devdetails the {@code devdetails} reply, whose {@code Model} names the model
 * @param version the {@code get_version} reply, asked only when the summary has no firmware version
 */
record ApiV2Replies(
    JsonObject summary,
    JsonObject devs,
    JsonObject pools,
    JsonObject devdetails,
    JsonObject version,
    List<String> problems) {

  ApiV2Replies {
    problems = List.copyOf(problems);
  }
}
