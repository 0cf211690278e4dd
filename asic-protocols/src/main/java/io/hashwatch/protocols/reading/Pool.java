package io.hashwatch.protocols.reading;

import java.util.Objects;

/** One configured pool of a miner; pools without a URL are left out of a reading. */
public record Pool(
    String url,
    String user,
    String status,
    boolean active,
    Long accepted,
    Long rejected,
    Long stale) {

  public Pool {
    Objects.requireNonNull(url, "url");
    if (url.isBlank()) {
      throw new IllegalArgumentException("a pool needs a url");
    }
    Limits.text(url, "url");
    Limits.text(user, "user");
    Limits.text(status, "status");
    Limits.count(accepted, "accepted");
    Limits.count(rejected, "rejected");
    Limits.count(stale, "stale");
  }
}
