package io.hashwatch.protocols.miner.whatsminer;

import io.hashwatch.protocols.miner.Fingerprint;
import io.hashwatch.protocols.reading.Figures;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.regex.Pattern;

/**
 * How a Whatsminer shows itself on the cgminer-style API. Its replies name btminer or whatsminer in
 * their Description ({@code "whatsminer v1.4.0"}, {@code "btminer"}) or its devices' driver ({@code
 * bitmicro}), as pyasic and asic-rs match them; API 2.x answers {@code version} in the shape of its
 * own {@code get_version} ({@code "Msg":{"api_ver":...,"fw_ver":...}}), which no other cgminer
 * derivative uses; and old firmware that answers only {@code stats} names its hashboards {@code
 * SM0}, {@code SM1}... after btminer's SM driver.
 */
final class WhatsminerFingerprint {
  private static final List<String> MARKS = List.of("btminer", "bitmicro", "whatsminer");
  private static final Pattern SM_DEVICE = Pattern.compile("SM\\d+");

  private WhatsminerFingerprint() {}

  static boolean matches(Fingerprint fingerprint) {
    if (fingerprint.httpOnApiPort()) {
      return false;
    }
    String text = fingerprint.versionText() + " " + fingerprint.statsText();
    if (MARKS.stream().anyMatch(text::contains)) {
      return true;
    }
    JsonObject msg = ReplyFields.object(fingerprint.version(), "Msg");
    if (msg != null && (msg.containsKey("fw_ver") || msg.containsKey("api_ver"))) {
      return true;
    }
    return ReplyFields.objects(fingerprint.stats(), "STATS").stream()
        .anyMatch(stats -> SM_DEVICE.matcher(String.valueOf(Figures.text(stats, "ID"))).matches());
  }
}
