package io.hashwatch.protocols.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HttpReplyTest {

  @Test
  void theSummaryIsTheStatusAndTheStartOfTheBody() {
    assertThat(new HttpReply(500, " {\"message\":\"busy\"}\n").summary())
        .isEqualTo("HTTP 500: {\"message\":\"busy\"}");
    assertThat(new HttpReply(204, "").summary()).isEqualTo("HTTP 204");
    assertThat(new HttpReply(502, "<html>" + "x".repeat(400)).summary())
        .hasSize("HTTP 502: ".length() + 160)
        .startsWith("HTTP 502: <html>xxx");
  }

  @Test
  void onlyTwoHundredsAreOk() {
    assertThat(new HttpReply(200, "").ok()).isTrue();
    assertThat(new HttpReply(204, "").ok()).isTrue();
    assertThat(new HttpReply(199, "").ok()).isFalse();
    assertThat(new HttpReply(300, "").ok()).isFalse();
    assertThat(new HttpReply(401, "").ok()).isFalse();
  }
}
