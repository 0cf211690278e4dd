package io.hashwatch.protocols.http;

/** A device's HTTP answer: its status and its body as text (bounded by the client). */
public record HttpReply(int status, String body) {
  private static final int SUMMARY_BODY_CHARS = 160;

  public boolean ok() {
    return status >= 200 && status < 300;
  }

  /** The status and the start of the body, for a message: {@code HTTP 500: {"message":...}}. */
  public String summary() {
    String text = body.strip();
    if (text.isEmpty()) {
      return "HTTP " + status;
    }
    return "HTTP "
        + status
        + ": "
        + (text.length() <= SUMMARY_BODY_CHARS ? text : text.substring(0, SUMMARY_BODY_CHARS));
  }
}
