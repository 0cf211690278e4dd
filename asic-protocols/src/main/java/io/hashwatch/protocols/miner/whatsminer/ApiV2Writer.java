package io.hashwatch.protocols.miner.whatsminer;

import io.hashwatch.protocols.cgminer.CgminerClient;
import io.hashwatch.protocols.cgminer.CgminerStatus;
import io.hashwatch.protocols.json.CachedJsonProvider;
import io.hashwatch.protocols.miner.ActionResult;
import io.hashwatch.protocols.miner.MinerAction;
import io.hashwatch.protocols.transport.DeviceException;
import io.hashwatch.protocols.transport.DeviceTimeoutException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Write commands of API v1/v2 (TCP 4028), wire names as pyasic's {@code BTMinerRPCAPI} sends them:
 * {@code restart_btminer}, {@code reboot}, {@code power_off} (with {@code respbefore}), {@code
 * power_on}, {@code update_pools}. Each is sent as {@code {"enc":1,"data":...}} under a fresh
 * {@code get_token}; the reply comes back as {@code {"enc":...}}, errors in clear.
 */
final class ApiV2Writer {
  static final int MAX_POOLS = 3;

  private ApiV2Writer() {}

  /** One write command: its wire name and its fields, in the order they are sent. */
  record Command(String cmd, Map<String, String> fields) {
    Command {
      fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }
  }

  static Command commandFor(MinerAction action) {
    if (action instanceof MinerAction.RestartMining) {
      return new Command("restart_btminer", Map.of());
    }
    if (action instanceof MinerAction.Reboot) {
      return new Command("reboot", Map.of());
    }
    if (action instanceof MinerAction.Sleep) {
      return new Command("power_off", Map.of("respbefore", "true"));
    }
    if (action instanceof MinerAction.Wake) {
      return new Command("power_on", Map.of());
    }
    return new Command("update_pools", poolFields(((MinerAction.SetPools) action).pools()));
  }

  /** {@code pool1, worker1, passwd1} to 3; the slots not given are sent empty. */
  private static Map<String, String> poolFields(List<MinerAction.PoolSetting> pools) {
    Map<String, String> fields = new LinkedHashMap<>();
    for (int i = 0; i < MAX_POOLS; i++) {
      MinerAction.PoolSetting pool = i < pools.size() ? pools.get(i) : null;
      fields.put("pool" + (i + 1), pool == null ? "" : pool.url());
      fields.put("worker" + (i + 1), pool == null ? "" : pool.user());
      fields.put("passwd" + (i + 1), pool == null ? "" : pool.password());
    }
    return fields;
  }

  /** Asks the miner for a write token and derives the cipher of this session from it. */
  static ApiV2Cipher token(CgminerClient client, String password) throws DeviceException {
    JsonObject reply = CgminerClient.parse(client.send("{\"cmd\":\"get_token\"}"));
    CgminerStatus.check(reply);
    return ApiV2Cipher.fromToken(reply, password);
  }

  /** The plain JSON of a command with its token: {@code {"cmd":...,fields...,"token":...}}. */
  static String plaintext(Command command, ApiV2Cipher cipher) {
    JsonObjectBuilder json =
        CachedJsonProvider.INSTANCE.createObjectBuilder().add("cmd", command.cmd());
    command.fields().forEach(json::add);
    return json.add("token", cipher.sign()).build().toString();
  }

  /** The request on the wire: {@code {"enc":1,"data":"<base64>"}}. */
  static String envelope(Command command, ApiV2Cipher cipher) {
    return CachedJsonProvider.INSTANCE
        .createObjectBuilder()
        .add("enc", 1)
        .add("data", cipher.encrypt(plaintext(command, cipher)))
        .build()
        .toString();
  }

  /**
   * Sends one encrypted command and reads its reply. A reboot may take the miner down before it
   * answers: silence after a reboot is success.
   */
  static ActionResult send(CgminerClient client, ApiV2Cipher cipher, Command command) {
    boolean goesDown = command.cmd().equals("reboot");
    try {
      String raw = client.send(envelope(command, cipher));
      if (raw.isBlank() && goesDown) {
        return new ActionResult.Done(
            "reboot sent; the miner closed the connection as it went down");
      }
      JsonObject reply = CgminerClient.parse(raw);
      if (reply.get("enc") instanceof JsonString encrypted) {
        reply = CgminerClient.parse(cipher.decrypt(encrypted.getString()));
      }
      CgminerStatus.check(reply);
      return new ActionResult.Done(command.cmd() + ": " + message(reply));
    } catch (DeviceException | RuntimeException e) {
      return failure(command.cmd(), goesDown, e);
    }
  }

  /**
   * What a write that threw comes to, on either API: a reboot whose miner went down without
   * answering went through.
   */
  static ActionResult failure(String cmd, boolean goesDown, Exception e) {
    if (e instanceof DeviceTimeoutException && goesDown) {
      return new ActionResult.Done("reboot sent; the miner went down without answering");
    }
    return new ActionResult.Failed(
        e instanceof DeviceException
            ? cmd + ": " + e.getMessage()
            : cmd + ": the reply could not be read: " + e.getMessage());
  }

  private static String message(JsonObject reply) {
    JsonValue msg = reply.get("Msg");
    if (msg instanceof JsonString text) {
      return text.getString().isBlank() ? "accepted" : text.getString();
    }
    return msg == null ? "accepted" : msg.toString();
  }
}
