package io.hashwatch.protocols.miner;

import io.hashwatch.protocols.cgminer.CgminerStatus;
import jakarta.json.JsonObject;
import java.util.Locale;

/**
 * What a miner says of itself when first asked, from which its driver is chosen.
 *
 * @param version the reply to the cgminer {@code version} command, or null when it was refused or
 *     not JSON
 * @param stats the reply to {@code stats}, or null when not asked or refused (VNish refuses {@code
 *     version}; its {@code stats} tells)
 * @param httpOnApiPort whether the API port answered with HTTP (ePIC UMC serves JSON over HTTP on
 *     4028)
 */
public record Fingerprint(JsonObject version, JsonObject stats, boolean httpOnApiPort) {

  /** The version reply's {@code Description} and its VERSION section, lower-cased, for matching. */
  public String versionText() {
    if (version == null) {
      return "";
    }
    String description = CgminerStatus.description(version);
    String versions = version.containsKey("VERSION") ? version.get("VERSION").toString() : "";
    return ((description == null ? "" : description) + " " + versions).toLowerCase(Locale.ROOT);
  }

  /** The stats reply as lower-cased text, for matching; empty when absent. */
  public String statsText() {
    return stats == null ? "" : stats.toString().toLowerCase(Locale.ROOT);
  }
}
