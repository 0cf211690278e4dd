package io.hashwatch.protocols.miner.antminer;

import io.hashwatch.protocols.json.CachedJsonProvider;
import io.hashwatch.protocols.miner.MinerAction.PoolSetting;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * The bodies {@code set_miner_conf.cgi} takes. Stock firmware keeps three pool slots and rewrites
 * its whole config from what it gets, so every body carries three pools (unused ones blank, as the
 * web page sends them) and the settings read from {@code get_miner_conf.cgi}.
 */
final class ConfBodies {
  static final int POOL_SLOTS = 3;

  private ConfBodies() {}

  /**
   * The JSON of X19 and later, as their web page and pyasic send it: the work mode goes as {@code
   * miner-mode}, an integer (the {@code bitmain-work-mode} that get_miner_conf shows is answered
   * "OK!" and ignored, as seen on a real S19 XP), the fan settings and frequency level as read.
   */
  static String modern(MinerConf conf, JsonArray pools, int minerMode) {
    JsonObjectBuilder body =
        CachedJsonProvider.INSTANCE
            .createObjectBuilder()
            .add("bitmain-fan-ctrl", conf.flag("bitmain-fan-ctrl"))
            .add("bitmain-fan-pwm", conf.text("bitmain-fan-pwm", "100"));
    if (conf.json().containsKey("bitmain-freq-level")) {
      body.add("freq-level", conf.text("bitmain-freq-level", "100"));
    }
    return body.add("miner-mode", minerMode).add("pools", pools).build().toString();
  }

  /** The new pools in the three slots. */
  static JsonArray pools(List<PoolSetting> pools) {
    JsonArrayBuilder slots = CachedJsonProvider.INSTANCE.createArrayBuilder();
    for (int i = 0; i < POOL_SLOTS; i++) {
      PoolSetting pool = i < pools.size() ? pools.get(i) : null;
      slots.add(
          CachedJsonProvider.INSTANCE
              .createObjectBuilder()
              .add("url", pool == null ? "" : pool.url())
              .add("user", pool == null ? "" : pool.user())
              .add("pass", pool == null ? "" : pool.password()));
    }
    return slots.build();
  }

  /** The pools the miner has now, to send back unchanged. */
  static JsonArray pools(MinerConf conf) {
    JsonArrayBuilder slots = CachedJsonProvider.INSTANCE.createArrayBuilder();
    for (JsonObject pool : conf.pools()) {
      slots.add(
          CachedJsonProvider.INSTANCE
              .createObjectBuilder()
              .add("url", text(pool, "url"))
              .add("user", text(pool, "user"))
              .add("pass", text(pool, "pass")));
    }
    return slots.build();
  }

  /**
   * The form of X17 and older web pages ({@code _ant_pool1url=...&_ant_freq=...}), field for field
   * as Foreman's tested StockChangePoolsAction sends it, plus the voltage where the config has one.
   */
  static String legacy(MinerConf conf, List<PoolSetting> pools) {
    Map<String, String> fields = new LinkedHashMap<>();
    for (int i = 0; i < POOL_SLOTS; i++) {
      PoolSetting pool = i < pools.size() ? pools.get(i) : null;
      String slot = "_ant_pool" + (i + 1);
      fields.put(slot + "url", pool == null ? "" : pool.url());
      fields.put(slot + "user", pool == null ? "" : pool.user());
      fields.put(slot + "pw", pool == null ? "" : pool.password());
    }
    fields.put("_ant_nobeeper", String.valueOf(conf.flag("bitmain-nobeeper")));
    fields.put("_ant_notempoverctrl", String.valueOf(conf.flag("bitmain-notempoverctrl")));
    fields.put("_ant_fan_customize_switch", String.valueOf(conf.flag("bitmain-fan-ctrl")));
    fields.put("_ant_fan_customize_value", conf.text("bitmain-fan-pwm", ""));
    fields.put("_ant_freq", conf.text("bitmain-freq", ""));
    if (conf.json().containsKey("bitmain-voltage")) {
      fields.put("_ant_voltage", conf.text("bitmain-voltage", ""));
    }
    StringJoiner form = new StringJoiner("&");
    fields.forEach(
        (name, value) -> form.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8)));
    return form.toString();
  }

  private static String text(JsonObject pool, String key) {
    return new MinerConf(pool).text(key, "");
  }
}
