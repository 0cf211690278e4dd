package io.hashwatch.protocols.miner.antminer;

import io.hashwatch.protocols.cgminer.CgminerClient;
import io.hashwatch.protocols.json.LenientFields;
import io.hashwatch.protocols.transport.MalformedReplyException;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;

/**
 * The reply of {@code get_miner_conf.cgi}: bmminer's config file, with {@code pools} and {@code
 * bitmain-*} settings. X19 and later builds have {@code bitmain-work-mode} ("0" normal, "1" sleep,
 * "3" low power) and take a JSON config back; older builds have none and take a form.
 */
record MinerConf(JsonObject json) {
  static final int SLEEP = 1;
  static final int NORMAL = 0;

  static MinerConf parse(String body) throws MalformedReplyException {
    return new MinerConf(CgminerClient.parse(body));
  }

  /** Whether this firmware takes the JSON config of X19 and later (it knows work modes). */
  boolean modern() {
    return json.containsKey("bitmain-work-mode");
  }

  /** The work mode; an empty one is the normal mode, as the web page shows it. */
  int workMode() {
    Long mode = LenientFields.whole(json, "bitmain-work-mode");
    return mode == null ? NORMAL : mode.intValue();
  }

  /** The configured pools, each with {@code url}, {@code user} and {@code pass}. */
  List<JsonObject> pools() {
    List<JsonObject> pools = new ArrayList<>();
    if (json.get("pools") instanceof JsonArray entries) {
      for (JsonValue entry : entries) {
        if (entry instanceof JsonObject pool) {
          pools.add(pool);
        }
      }
    }
    return pools;
  }

  /** The configured pool URLs, blank ones left out. */
  List<String> poolUrls() {
    return pools().stream()
        .map(pool -> LenientFields.text(pool, "url"))
        .filter(url -> url != null)
        .toList();
  }

  /** A setting as text ({@code "100"}, {@code true} as "true"), or {@code fallback}. */
  String text(String key, String fallback) {
    JsonValue value = json.get(key);
    if (value instanceof JsonString string) {
      return string.getString();
    }
    if (value == null || value == JsonValue.NULL) {
      return fallback;
    }
    return value.toString();
  }

  /** A true/false setting written as a JSON boolean or as text. */
  boolean flag(String key) {
    return Boolean.parseBoolean(text(key, "false").strip());
  }
}
