package io.hashwatch.protocols.miner.whatsminer;

import io.hashwatch.protocols.cgminer.CgminerClient;
import io.hashwatch.protocols.json.CachedJsonProvider;
import io.hashwatch.protocols.miner.MinerTarget;
import io.hashwatch.protocols.transport.DeviceException;
import io.hashwatch.protocols.transport.DeviceResponseException;
import io.hashwatch.protocols.transport.DeviceSockets;
import io.hashwatch.protocols.transport.MalformedReplyException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * A client of Whatsminer API v3 (firmware 2024 and later, TCP 4433): each request and reply is
 * UTF-8 JSON behind a 4-byte little-endian length (pyasic {@code BTMinerV3RPCAPI}, asic-rs), one
 * exchange per connection. A reply's {@code code} is 0 on success. The whole exchange must end
 * within the reply timeout and a reply longer than the bound is refused.
 */
final class ApiV3Client {
  private final String host;
  private final int port;
  private final Duration connectTimeout;
  private final Duration replyTimeout;
  private final int maxReplyBytes;

  ApiV3Client(
      String host, int port, Duration connectTimeout, Duration replyTimeout, int maxReplyBytes) {
    this.host = host;
    this.port = port;
    this.connectTimeout = connectTimeout;
    this.replyTimeout = replyTimeout;
    this.maxReplyBytes = maxReplyBytes;
  }

  static ApiV3Client of(MinerTarget target, int port) {
    return new ApiV3Client(
        target.host(),
        port,
        target.connectTimeout(),
        target.replyTimeout(),
        CgminerClient.Settings.DEFAULT.maxReplyBytes());
  }

  /** A read command: {@code {"cmd":cmd,"param":param}}, the param left out when null. */
  JsonObject get(String cmd, String param) throws DeviceException {
    JsonObjectBuilder request = CachedJsonProvider.INSTANCE.createObjectBuilder().add("cmd", cmd);
    if (param != null) {
      request.add("param", param);
    }
    return call(request.build().toString());
  }

  /** Sends a request and answers its reply after checking its {@code code}. */
  JsonObject call(String request) throws DeviceException {
    String raw = exchange(request);
    if (raw.isEmpty()) {
      throw new MalformedReplyException(where() + " closed the connection without a reply");
    }
    return checked(CgminerClient.parse(raw));
  }

  /** Sends one framed request and answers the reply text; empty when the miner closed silently. */
  String exchange(String request) throws DeviceException {
    long deadline = System.nanoTime() + replyTimeout.toNanos();
    try (Socket socket = new Socket()) {
      DeviceSockets.connect(socket, host, port, connectTimeout);
      byte[] body = request.getBytes(StandardCharsets.UTF_8);
      OutputStream out = socket.getOutputStream();
      out.write(ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(body.length).array());
      out.write(body);
      out.flush();
      InputStream in = socket.getInputStream();
      byte[] header = new byte[4];
      int headerRead = readFully(socket, in, header, deadline);
      if (headerRead == 0) {
        return "";
      }
      if (headerRead < 4) {
        throw new MalformedReplyException(where() + " sent a reply shorter than its length header");
      }
      long length = ByteBuffer.wrap(header).order(ByteOrder.LITTLE_ENDIAN).getInt() & 0xFFFFFFFFL;
      if (length > maxReplyBytes) {
        throw new MalformedReplyException(
            where() + " announced a reply of " + length + " bytes, more than " + maxReplyBytes);
      }
      byte[] reply = new byte[(int) length];
      if (readFully(socket, in, reply, deadline) < length) {
        throw new MalformedReplyException(where() + " closed the connection inside its reply");
      }
      return new String(reply, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw DeviceSockets.exchangeFailed(e, where(), replyTimeout);
    }
  }

  /** Passes a reply whose {@code code} is 0. */
  static JsonObject checked(JsonObject reply) throws DeviceException {
    JsonValue code = reply.get("code");
    if (!(code instanceof JsonNumber number)) {
      throw new MalformedReplyException("the API v3 reply has no code: " + snippet(reply));
    }
    if (number.intValue() != 0) {
      JsonValue msg = reply.get("msg");
      String text = msg instanceof JsonString string ? string.getString() : String.valueOf(msg);
      throw new DeviceResponseException(
          number.intValue(), "the miner answered code " + number.intValue() + ": " + text);
    }
    return reply;
  }

  /** Reads until {@code buffer} is full or the stream ends; answers the bytes read. */
  private static int readFully(Socket socket, InputStream in, byte[] buffer, long deadline)
      throws IOException {
    int filled = 0;
    while (filled < buffer.length) {
      DeviceSockets.readBy(socket, deadline);
      int read = in.read(buffer, filled, buffer.length - filled);
      if (read < 0) {
        return filled;
      }
      filled += read;
    }
    return filled;
  }

  private static String snippet(JsonObject reply) {
    String text = reply.toString();
    return text.length() <= 120 ? text : text.substring(0, 120) + "...";
  }

  String where() {
    return host + ":" + port;
  }
}
