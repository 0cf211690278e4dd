package io.hashwatch.protocols.miner.whatsminer;

import io.hashwatch.protocols.cgminer.CgminerClient;
import io.hashwatch.protocols.json.CachedJsonProvider;
import io.hashwatch.protocols.miner.ActionResult;
import io.hashwatch.protocols.miner.MinerAction;
import io.hashwatch.protocols.reading.Figures;
import io.hashwatch.protocols.transport.DeviceException;
import io.hashwatch.protocols.transport.MalformedReplyException;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.SecretKeySpec;

/**
 * Write commands of API v3: {@code set.system.reboot}, {@code set.miner.service} ({@code restart},
 * {@code stop}, {@code start}) as pyasic's {@code BTMinerV3} sends them, and {@code
 * set.miner.pools}. Each carries {@code ts}, {@code account} and {@code token}, the first 8
 * characters of base64(SHA-256(cmd + password + salt + ts)), the salt from {@code get.device.info}
 * with param {@code salt}. The pools param is encrypted: AES-256-ECB under that SHA-256, NUL
 * padded, base64, as asic-rs sends it (pyasic has no v3 pool setter).
 */
final class ApiV3Writer {
  static final String DEFAULT_ACCOUNT = "super";
  static final String DEFAULT_PASSWORD = "super";
  private static final int BLOCK = 16;

  private ApiV3Writer() {}

  /** One v3 write command: its name and its param, or null for none. */
  record Command(String cmd, JsonValue param) {}

  static Command commandFor(MinerAction action) {
    if (action instanceof MinerAction.RestartMining) {
      return new Command("set.miner.service", text("restart"));
    }
    if (action instanceof MinerAction.Reboot) {
      return new Command("set.system.reboot", null);
    }
    if (action instanceof MinerAction.Sleep) {
      return new Command("set.miner.service", text("stop"));
    }
    if (action instanceof MinerAction.Wake) {
      return new Command("set.miner.service", text("start"));
    }
    JsonArrayBuilder pools = CachedJsonProvider.INSTANCE.createArrayBuilder();
    for (MinerAction.PoolSetting pool : ((MinerAction.SetPools) action).pools()) {
      pools.add(
          CachedJsonProvider.INSTANCE
              .createObjectBuilder()
              .add("pool", pool.url())
              .add("worker", pool.user())
              .add("passwd", pool.password()));
    }
    return new Command("set.miner.pools", pools.build());
  }

  /** The SHA-256 both the token and the pools encryption come from. */
  static byte[] digest(String cmd, String password, String salt, long ts) {
    return ApiV2Cipher.sha256((cmd + password + salt + ts).getBytes(StandardCharsets.UTF_8));
  }

  static String token(byte[] digest) {
    return Base64.getEncoder().encodeToString(digest).substring(0, 8);
  }

  /** The request: {@code {"cmd":...,"param":...,"ts":...,"account":...,"token":...}}. */
  static String request(Command command, String account, String password, String salt, long ts) {
    byte[] digest = digest(command.cmd(), password, salt, ts);
    JsonObjectBuilder json =
        CachedJsonProvider.INSTANCE.createObjectBuilder().add("cmd", command.cmd());
    if (command.param() != null) {
      json.add(
          "param",
          command.cmd().equals("set.miner.pools")
              ? text(encrypt(command.param().toString(), digest))
              : command.param());
    }
    return json.add("ts", ts)
        .add("account", account)
        .add("token", token(digest))
        .build()
        .toString();
  }

  static String encrypt(String param, byte[] digest) {
    byte[] text = param.getBytes(StandardCharsets.UTF_8);
    byte[] padded = Arrays.copyOf(text, (text.length + BLOCK - 1) / BLOCK * BLOCK);
    try {
      Cipher cipher = Cipher.getInstance("AES/ECB/NoPadding");
      cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(digest, "AES"));
      return Base64.getEncoder().encodeToString(cipher.doFinal(padded));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-256-ECB is part of every Java 17 runtime", e);
    }
  }

  /** The salt of write tokens, from {@code get.device.info} with param {@code salt}. */
  static String salt(ApiV3Client client) throws DeviceException {
    JsonObject reply = client.get("get.device.info", "salt");
    String salt = Figures.text(ReplyFields.object(reply, "msg"), "salt");
    if (salt == null) {
      throw new MalformedReplyException("get.device.info gave no msg.salt");
    }
    return salt;
  }

  /** Sends one write; silence after {@code set.system.reboot} is success. */
  static ActionResult send(ApiV3Client client, String request, Command command) {
    boolean goesDown = command.cmd().equals("set.system.reboot");
    try {
      String raw = client.exchange(request);
      if (raw.isEmpty() && goesDown) {
        return new ActionResult.Done(
            "reboot sent; the miner closed the connection as it went down");
      }
      if (raw.isEmpty()) {
        return new ActionResult.Failed(
            command.cmd() + ": the miner closed the connection without a reply");
      }
      JsonObject reply = ApiV3Client.checked(CgminerClient.parse(raw));
      JsonValue msg = reply.get("msg");
      return new ActionResult.Done(
          command.cmd() + ": " + (msg instanceof JsonString s ? s.getString() : "accepted"));
    } catch (DeviceException | RuntimeException e) {
      return ApiV2Writer.failure(command.cmd(), goesDown, e);
    }
  }

  private static JsonString text(String value) {
    return CachedJsonProvider.INSTANCE.createValue(value);
  }
}
