package io.hashwatch.protocols.cgminer;

import io.hashwatch.protocols.json.CachedJsonProvider;
import io.hashwatch.protocols.transport.DeviceException;
import io.hashwatch.protocols.transport.DeviceResponseException;
import io.hashwatch.protocols.transport.DeviceSockets;
import io.hashwatch.protocols.transport.MalformedReplyException;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A client of the cgminer RPC API of one miner. Each request opens its own connection, as the
 * protocol wants; the whole exchange must finish within the read timeout, and a reply larger than
 * the bound is an error, so that a broken or hostile device cannot hold a sentry.
 */
public final class CgminerClient {
  public static final int DEFAULT_PORT = 4028;

  /** The first read buffer: most cgminer replies are a few kilobytes. */
  private static final int INITIAL_BUFFER = 16 * 1024;

  /**
   * How long to wait and how much to read.
   *
   * @param connectTimeout to open the connection
   * @param replyTimeout for the whole exchange once connected
   * @param maxReplyBytes the largest reply accepted (real Avalon and Whatsminer stats reach 70 kB)
   */
  public record Settings(Duration connectTimeout, Duration replyTimeout, int maxReplyBytes) {
    public static final Settings DEFAULT =
        new Settings(Duration.ofSeconds(3), Duration.ofSeconds(10), 4 * 1024 * 1024);

    public Settings {
      if (connectTimeout.isNegative() || connectTimeout.isZero()) {
        throw new IllegalArgumentException("connectTimeout must be > 0");
      }
      if (replyTimeout.isNegative() || replyTimeout.isZero()) {
        throw new IllegalArgumentException("replyTimeout must be > 0");
      }
      if (maxReplyBytes < 1024) {
        throw new IllegalArgumentException("maxReplyBytes must be >= 1024");
      }
    }
  }

  private final String host;
  private final int port;
  private final Settings settings;

  public CgminerClient(String host, int port, Settings settings) {
    this.host = host;
    this.port = port;
    this.settings = settings;
  }

  public CgminerClient(String host, int port) {
    this(host, port, Settings.DEFAULT);
  }

  /** Sends {@code request} as it is and answers the reply text, without its terminating NUL. */
  public String send(String request) throws DeviceException {
    long deadline = System.nanoTime() + settings.replyTimeout().toNanos();
    try (Socket socket = new Socket()) {
      DeviceSockets.connect(socket, host, port, settings.connectTimeout());
      socket.getOutputStream().write(request.getBytes(StandardCharsets.UTF_8));
      socket.getOutputStream().flush();
      return readReply(socket, deadline);
    } catch (IOException e) {
      throw DeviceSockets.exchangeFailed(e, where(), settings.replyTimeout());
    }
  }

  /** Sends one JSON command and answers its reply, after checking its STATUS. */
  public JsonObject command(String command) throws DeviceException {
    return checked(parse(send("{\"command\":\"" + command + "\"}")));
  }

  /** Sends one JSON command with its (comma-separated) parameter. */
  public JsonObject command(String command, String parameter) throws DeviceException {
    String request =
        CachedJsonProvider.INSTANCE
            .createObjectBuilder()
            .add("command", command)
            .add("parameter", parameter)
            .build()
            .toString();
    return checked(parse(send(request)));
  }

  /**
   * Sends several report commands as one ({@code summary+pools+stats}, API 3.1 and later) and
   * answers each command's own reply by command name. A firmware that refuses the joined command is
   * asked one command at a time instead. A member the miner refused is present with its error
   * STATUS; {@link CgminerStatus#check} tells.
   */
  public Map<String, JsonObject> commands(List<String> commands) throws DeviceException {
    if (commands.size() == 1) {
      return Map.of(commands.get(0), reply(commands.get(0)));
    }
    Map<String, JsonObject> replies = joined(commands);
    if (replies.isEmpty()) {
      for (String command : commands) {
        replies.put(command, reply(command));
      }
    }
    return replies;
  }

  /**
   * Sends several report commands as one and answers each command's own reply by command name, or
   * an empty map when the firmware refused the joined command (its reply lacks a member), for a
   * caller that remembers which miners join.
   */
  public Map<String, JsonObject> joined(List<String> commands) throws DeviceException {
    JsonObject joined = parse(send(json(String.join("+", commands))));
    Map<String, JsonObject> replies = new LinkedHashMap<>();
    if (commands.stream().allMatch(joined::containsKey)) {
      for (String command : commands) {
        replies.put(command, memberReply(joined.get(command), command));
      }
    }
    return replies;
  }

  /** Sends one JSON command and answers its reply, its STATUS not checked. */
  public JsonObject reply(String command) throws DeviceException {
    return parse(send(json(command)));
  }

  /** Parses a JSON reply, repairing the known firmware bugs first. */
  public static JsonObject parse(String reply) throws MalformedReplyException {
    if (reply.isBlank()) {
      throw new MalformedReplyException("the miner closed the connection without a reply");
    }
    String repaired = JsonRepair.repair(reply);
    try (JsonReader reader = CachedJsonProvider.INSTANCE.createReader(new StringReader(repaired))) {
      JsonValue value = reader.readValue();
      if (value.getValueType() != JsonValue.ValueType.OBJECT) {
        throw new MalformedReplyException("the reply is not a JSON object: " + snippet(reply));
      }
      return value.asJsonObject();
    } catch (JsonException | NumberFormatException e) {
      throw new MalformedReplyException(
          "the reply is not JSON even after repair: " + snippet(reply), e);
    } catch (RuntimeException e) {
      // JSON-P providers throw more than JsonException on hostile input: Parsson refuses nesting
      // past its depth limit (1000) with a bare RuntimeException
      throw new MalformedReplyException(
          "the reply cannot be read (" + e.getMessage() + "): " + snippet(reply), e);
    }
  }

  private JsonObject checked(JsonObject reply) throws DeviceResponseException {
    CgminerStatus.check(reply);
    return reply;
  }

  private static JsonObject memberReply(JsonValue member, String command)
      throws MalformedReplyException {
    if (member.getValueType() == JsonValue.ValueType.ARRAY
        && !member.asJsonArray().isEmpty()
        && member.asJsonArray().get(0).getValueType() == JsonValue.ValueType.OBJECT) {
      return member.asJsonArray().getJsonObject(0);
    }
    if (member.getValueType() == JsonValue.ValueType.OBJECT) {
      return member.asJsonObject();
    }
    throw new MalformedReplyException("the joined reply holds no object for '" + command + "'");
  }

  private static String json(String command) {
    return "{\"command\":\"" + command + "\"}";
  }

  /**
   * Reads into one buffer that grows as the reply does (most replies fit the first) and decodes it
   * once, since a sweep reads thousands of replies a second.
   */
  private String readReply(Socket socket, long deadline) throws IOException, DeviceException {
    InputStream in = socket.getInputStream();
    int bound = settings.maxReplyBytes();
    byte[] reply = new byte[Math.min(INITIAL_BUFFER, bound + 1)];
    int length = 0;
    while (true) {
      DeviceSockets.readBy(socket, deadline);
      if (length == reply.length) {
        reply = Arrays.copyOf(reply, (int) Math.min(2L * reply.length, bound + 1L));
      }
      int read = in.read(reply, length, reply.length - length);
      if (read < 0) {
        return new String(reply, 0, length, StandardCharsets.UTF_8);
      }
      int nul = indexOfNul(reply, length, length + read);
      length = nul < 0 ? length + read : nul;
      if (length > bound) {
        throw new MalformedReplyException(where() + " sent more than " + bound + " bytes");
      }
      if (nul >= 0) {
        return new String(reply, 0, length, StandardCharsets.UTF_8); // the NUL ends the reply
      }
    }
  }

  private static int indexOfNul(byte[] buffer, int from, int to) {
    for (int i = from; i < to; i++) {
      if (buffer[i] == 0) {
        return i;
      }
    }
    return -1;
  }

  private String where() {
    return host + ":" + port;
  }

  static String snippet(String reply) {
    String flat = reply.replace('\u0000', ' ').strip();
    return flat.length() <= 120 ? flat : flat.substring(0, 120) + "...";
  }
}
