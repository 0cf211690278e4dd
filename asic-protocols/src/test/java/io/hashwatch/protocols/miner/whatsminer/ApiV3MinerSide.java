package io.hashwatch.protocols.miner.whatsminer;

import io.hashwatch.protocols.testing.Fixtures;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import javax.crypto.Cipher;
import javax.crypto.spec.SecretKeySpec;

/**
 * The miner side of API v3 for {@link ApiV3StandIn}: reads answered from the asic-rs fixtures,
 * {@code get.device.info} with param {@code salt} answering the fixture's salt, and writes checked
 * with their own token computation (SHA-256 of cmd, password, salt and ts; base64; 8 characters),
 * the pools param decrypted. Accepted writes are recorded with the param in clear.
 */
final class ApiV3MinerSide implements Function<String, String> {
  static final String SALT = "uhCiDyVj"; // the salt of get_device_info.json

  /** One accepted write: its command, account, ts and param (decrypted for the pools). */
  record Write(String cmd, String account, long ts, JsonValue param) {}

  private final String account;
  private final String password;
  private final List<Write> writes = new CopyOnWriteArrayList<>();

  ApiV3MinerSide(String account, String password) {
    this.account = account;
    this.password = password;
  }

  List<Write> writes() {
    return List.copyOf(writes);
  }

  @Override
  public String apply(String request) {
    JsonObject json = parse(request);
    String cmd = json.getString("cmd");
    JsonValue param = json.getOrDefault("param", JsonValue.NULL);
    if (cmd.startsWith("set.")) {
      return write(json, cmd);
    }
    String paramText =
        param.getValueType() == JsonValue.ValueType.STRING ? json.getString("param") : "";
    return switch (cmd + " " + paramText) {
      case "get.device.info salt" ->
          "{\"code\":0,\"when\":1773869570,\"desc\":\"get.device.info\",\"msg\":{\"salt\":\""
              + SALT
              + "\"}}";
      case "get.device.info " -> Fixtures.text("whatsminer-btminer-apiv3/get_device_info.json");
      case "get.miner.status summary" ->
          Fixtures.text("whatsminer-btminer-apiv3/get_miner_status_summary.json");
      case "get.miner.status edevs" ->
          Fixtures.text("whatsminer-btminer-apiv3/get_miner_status_edevs.json");
      case "get.miner.status pools" ->
          Fixtures.text("whatsminer-btminer-apiv3/get_miner_status_pools.json");
      default ->
          "{\"code\":-1,\"when\":1773869570,\"desc\":\"" + cmd + "\",\"msg\":\"unknown command\"}";
    };
  }

  private String write(JsonObject json, String cmd) {
    long ts = json.getJsonNumber("ts").longValue();
    byte[] digest = sha256(cmd + password + SALT + ts);
    String expected = Base64.getEncoder().encodeToString(digest).substring(0, 8);
    if (!account.equals(json.getString("account", ""))
        || !expected.equals(json.getString("token", ""))) {
      return "{\"code\":-2,\"when\":1773869570,\"desc\":\"" + cmd + "\",\"msg\":\"invalid token\"}";
    }
    JsonValue param = json.getOrDefault("param", JsonValue.NULL);
    if (cmd.equals("set.miner.pools")) {
      param = parseValue(decrypt(json.getString("param"), digest));
    }
    writes.add(new Write(cmd, json.getString("account"), ts, param));
    if (cmd.equals("set.system.reboot")) {
      return null; // goes down without a word
    }
    return "{\"code\":0,\"when\":1773869570,\"desc\":\"" + cmd + "\",\"msg\":\"ok\"}";
  }

  private static String decrypt(String base64, byte[] key) {
    try {
      Cipher cipher = Cipher.getInstance("AES/ECB/NoPadding");
      cipher.init(Cipher.DECRYPT_MODE, new SecretKeySpec(key, "AES"));
      byte[] plain = cipher.doFinal(Base64.getDecoder().decode(base64));
      int end = plain.length;
      while (end > 0 && plain[end - 1] == 0) {
        end--;
      }
      return new String(plain, 0, end, StandardCharsets.UTF_8);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static byte[] sha256(String text) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static JsonObject parse(String text) {
    try (JsonReader reader = Json.createReader(new StringReader(text))) {
      return reader.readObject();
    }
  }

  private static JsonValue parseValue(String text) {
    try (JsonReader reader = Json.createReader(new StringReader(text))) {
      return reader.readValue();
    }
  }
}
