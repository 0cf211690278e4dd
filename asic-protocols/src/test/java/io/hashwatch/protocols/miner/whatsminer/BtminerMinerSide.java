package io.hashwatch.protocols.miner.whatsminer;

import io.hashwatch.protocols.testing.Fixtures;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import javax.crypto.Cipher;
import javax.crypto.spec.SecretKeySpec;
import org.apache.commons.codec.digest.Md5Crypt;

/**
 * The miner side of API v1/v2 for {@link io.hashwatch.protocols.cgminer.CgminerStandIn}: read
 * commands answered from a map, {@code get_token} with the recorded Foreman reply, and encrypted
 * writes decrypted with its own key derivation (written here again, apart from the driver's, so a
 * mistake in one shows), the token checked, the command recorded and answered encrypted as btminer
 * does. A request it cannot decrypt or whose token is wrong gets a clear error.
 */
final class BtminerMinerSide implements Function<String, String> {
  static final String OK_REPLY =
      "{\"STATUS\":\"S\",\"When\":1608417125,\"Code\":131,\"Msg\":\"\",\"Description\":\"whatsminer v1.1\"}";
  static final String INVALID =
      "{\"STATUS\":\"E\",\"When\":1608417125,\"Code\":14,\"Msg\":\"Invalid command\",\"Description\":\"cgminer 4.9.2\"}";

  private final String password;
  private final Map<String, String> reads = new ConcurrentHashMap<>();
  private final List<JsonObject> writes = new CopyOnWriteArrayList<>();
  private final List<String> refusals = new CopyOnWriteArrayList<>();
  private volatile boolean silentOnReboot;

  BtminerMinerSide(String password) {
    this.password = password;
  }

  /** Answers the read command {@code command} (or a joined {@code a+b}) with {@code reply}. */
  BtminerMinerSide answering(String command, String reply) {
    reads.put(command, reply);
    return this;
  }

  /** Closes the connection without a word after a reboot command, as a miner going down may. */
  BtminerMinerSide silentOnReboot() {
    silentOnReboot = true;
    return this;
  }

  /** The decrypted write commands accepted, in order. */
  List<JsonObject> writes() {
    return List.copyOf(writes);
  }

  List<String> refusals() {
    return List.copyOf(refusals);
  }

  @Override
  public String apply(String request) {
    JsonObject json = parse(request);
    if (json == null) {
      return INVALID;
    }
    if (json.containsKey("enc")) {
      return write(json.getString("data", ""));
    }
    String command = json.getString("command", json.getString("cmd", ""));
    if (command.equals("get_token")) {
      return Fixtures.text("whatsminer-btminer-foreman/get_token.json");
    }
    return reads.getOrDefault(command, INVALID);
  }

  private String write(String data) {
    JsonObject token =
        parse(Fixtures.text("whatsminer-btminer-foreman/get_token.json")).getJsonObject("Msg");
    String key =
        hash(
            Md5Crypt.md5Crypt(
                password.getBytes(StandardCharsets.UTF_8), "$1$" + token.getString("salt")));
    String sign =
        hash(
            Md5Crypt.md5Crypt(
                (key + token.getString("time")).getBytes(StandardCharsets.UTF_8),
                "$1$" + token.getString("newsalt")));
    JsonObject command;
    try {
      byte[] plain = aes(Cipher.DECRYPT_MODE, key, Base64.getDecoder().decode(data));
      int end = plain.length;
      while (end > 0 && plain[end - 1] == 0) {
        end--;
      }
      command = parse(new String(plain, 0, end, StandardCharsets.UTF_8));
    } catch (Exception e) {
      command = null;
    }
    if (command == null || !sign.equals(command.getString("token", null))) {
      refusals.add(data);
      return "{\"STATUS\":\"E\",\"When\":1608417125,\"Code\":23,\"Msg\":\"invalid cmd\",\"Description\":\"whatsminer v1.1\"}";
    }
    writes.add(command);
    if (silentOnReboot && command.getString("cmd").equals("reboot")) {
      return null;
    }
    byte[] reply = OK_REPLY.getBytes(StandardCharsets.UTF_8);
    byte[] padded = Arrays.copyOf(reply, (reply.length / 16 + 1) * 16);
    return "{\"enc\":\""
        + Base64.getEncoder().encodeToString(aes(Cipher.ENCRYPT_MODE, key, padded))
        + "\"}";
  }

  private static byte[] aes(int mode, String key, byte[] data) {
    try {
      byte[] aesKey =
          MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
      Cipher cipher = Cipher.getInstance("AES/ECB/NoPadding");
      cipher.init(mode, new SecretKeySpec(aesKey, "AES"));
      return cipher.doFinal(data);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static String hash(String crypt) {
    return crypt.substring(crypt.lastIndexOf('$') + 1);
  }

  private static JsonObject parse(String text) {
    try (JsonReader reader = Json.createReader(new StringReader(text))) {
      return reader.readObject();
    } catch (RuntimeException e) {
      return null;
    }
  }
}
