package io.hashwatch.protocols.http;

/** How a device wants its HTTP callers to prove themselves. */
public sealed interface HttpAuth {

  /** No credentials. */
  record None() implements HttpAuth {}

  /** HTTP Basic, sent with the first request. */
  record Basic(String user, String password) implements HttpAuth {
    @Override
    public String toString() {
      return "Basic[user=" + user + "]";
    }
  }

  /** HTTP Digest, answered to the device's challenge (MD5 or SHA-256, qop auth). */
  record Digest(String user, String password) implements HttpAuth {
    @Override
    public String toString() {
      return "Digest[user=" + user + "]";
    }
  }

  HttpAuth NONE = new None();
}
