package io.hashwatch.protocols.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hashwatch.protocols.transport.MalformedReplyException;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;

class JsonRepliesTest {

  @Test
  void readsAnyJsonValueAndObjects() throws Exception {
    assertThat(JsonReplies.parse("true", "the answer")).isEqualTo(JsonValue.TRUE);
    assertThat(JsonReplies.object("{\"token\":\"t\"}", "the login answer").getString("token"))
        .isEqualTo("t");
  }

  @Test
  void whatIsNotJsonIsMalformedAndQuotesTheBody() {
    assertThatThrownBy(() -> JsonReplies.parse("<html>\n<body>Router</body>", "the reply"))
        .isInstanceOf(MalformedReplyException.class)
        .hasMessage("the reply is not JSON: <html> <body>Router</body>");
    assertThatThrownBy(() -> JsonReplies.object("[1,2]", "the answer to GET /summary"))
        .isInstanceOf(MalformedReplyException.class)
        .hasMessage("the answer to GET /summary is not a JSON object: [1,2]");
    assertThatThrownBy(() -> JsonReplies.parse("{\"power\":1e9999999999}", "the reply"))
        .isInstanceOf(MalformedReplyException.class)
        .hasMessageStartingWith("the reply holds an impossible number");
    assertThatThrownBy(() -> JsonReplies.parse("[".repeat(1200), "the reply"))
        .isInstanceOf(MalformedReplyException.class)
        .hasMessageStartingWith("the reply cannot be read (");
  }

  @Test
  void aSnippetIsOneLineOfAHundredCharacters() {
    assertThat(JsonReplies.snippet("  a\n\tb  ")).isEqualTo("a b");
    assertThat(JsonReplies.snippet("y".repeat(150))).isEqualTo("y".repeat(100) + "...");
  }
}
