package io.hashwatch.commander.notify;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Posts the message's JSON to any URL. With a secret, the request is signed like Stripe's and
 * GitHub's webhooks: {@code X-Hashwatch-Signature: sha256=HEX} is the HMAC-SHA256 of {@code
 * "<X-Hashwatch-Timestamp>.<body>"} keyed with the secret, so a receiver can check who sent it and
 * refuse old replays.
 */
final class WebhookSender implements Sender {
  static final String TIMESTAMP = "X-Hashwatch-Timestamp";
  static final String SIGNATURE = "X-Hashwatch-Signature";
  static final String NOTIFICATION = "X-Hashwatch-Notification";

  private final HttpPost http;

  WebhookSender(HttpPost http) {
    this.http = http;
  }

  @Override
  public Attempt send(Channel channel, Outgoing outgoing, Instant now) {
    String timestamp = String.valueOf(now.getEpochSecond());
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put(TIMESTAMP, timestamp);
    headers.put(NOTIFICATION, String.valueOf(outgoing.id()));
    if (channel.secret() != null) {
      headers.put(SIGNATURE, "sha256=" + sign(channel.secret(), timestamp, outgoing.body()));
    }
    return http.post(
        URI.create(channel.url()), outgoing.body(), headers, reply -> new Attempt.Accepted());
  }

  /** The hex HMAC-SHA256 of {@code "<timestamp>.<body>"} keyed with {@code secret}. */
  static String sign(String secret, String timestamp, String body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      byte[] signature = mac.doFinal((timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(signature);
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      // Every JDK has HmacSHA256, and any non-empty key is valid for it.
      throw new IllegalStateException("HmacSHA256 is not available", e);
    }
  }
}
