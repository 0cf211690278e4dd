package io.hashwatch.protocols.http;

/** A device's HTTP answer: its status and its body as text (bounded by the client). */
public record HttpReply(int status, String body) {

  public boolean ok() {
    return status >= 200 && status < 300;
  }
}
