package io.hashwatch.protocols.cgminer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hashwatch.protocols.transport.DeviceResponseException;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

class CgminerStatusTest {

  private static JsonObject reply(String text) throws Exception {
    return CgminerClient.parse(text);
  }

  private static JsonObject recorded(String path) throws Exception {
    return CgminerClient.parse(RecordedReplies.text(path));
  }

  @Test
  void aSuccessArrayPasses() throws Exception {
    JsonObject summary = recorded("antminer-stock-s19pro-bmminer/summary.json");
    assertThatCode(() -> CgminerStatus.check(summary)).doesNotThrowAnyException();
    assertThat(CgminerStatus.description(summary)).isEqualTo("cgminer 1.0.0");
  }

  @Test
  void anErrorArrayThrowsWithItsCodeAndMessage() throws Exception {
    JsonObject vnish = recorded("vnish-s21pro/rpc_version.json");
    assertThatThrownBy(() -> CgminerStatus.check(vnish))
        .isInstanceOfSatisfying(DeviceResponseException.class, e -> assertThat(e.code()).isZero())
        .hasMessage("the miner answered E 0: Invalid command");
    assertThat(CgminerStatus.description(vnish)).isEqualTo("cgminer 4.11.1");
  }

  @Test
  void fatalThrowsAndInfoAndWarningPass() throws Exception {
    assertThatThrownBy(
            () ->
                CgminerStatus.check(
                    reply("{\"STATUS\":[{\"STATUS\":\"F\",\"Code\":2,\"Msg\":\"x\"}]}")))
        .isInstanceOfSatisfying(
            DeviceResponseException.class, e -> assertThat(e.code()).isEqualTo(2));
    for (String letter : new String[] {"I", "W", "S"}) {
      JsonObject reply = reply("{\"STATUS\":[{\"STATUS\":\"" + letter + "\",\"Code\":8}]}");
      assertThatCode(() -> CgminerStatus.check(reply)).doesNotThrowAnyException();
    }
  }

  @Test
  void aStatusObjectInsteadOfAnArrayIsRead() throws Exception {
    JsonObject reply =
        reply("{\"STATUS\":{\"STATUS\":\"E\",\"Code\":\"45\",\"Msg\":\"Access denied\"}}");
    assertThatThrownBy(() -> CgminerStatus.check(reply))
        .isInstanceOfSatisfying(
            DeviceResponseException.class, e -> assertThat(e.code()).isEqualTo(45))
        .hasMessageContaining("Access denied");
  }

  @Test
  void whatsminerStringStatusIsReadFromBesideIt() throws Exception {
    JsonObject token = recorded("whatsminer-btminer-foreman/get_token.json");
    assertThatCode(() -> CgminerStatus.check(token)).doesNotThrowAnyException();
    assertThat(CgminerStatus.description(token)).isEqualTo("whatsminer v1.1");

    JsonObject status = recorded("whatsminer-btminer-apiv2/status.json");
    assertThatCode(() -> CgminerStatus.check(status)).doesNotThrowAnyException();
    assertThat(CgminerStatus.description(status)).isEmpty();

    JsonObject error =
        reply(
            "{\"STATUS\":\"E\",\"When\":1608417125,\"Code\":23,\"Msg\":\"invalid cmd\","
                + "\"Description\":\"whatsminer v1.1\"}");
    assertThatThrownBy(() -> CgminerStatus.check(error))
        .isInstanceOfSatisfying(
            DeviceResponseException.class, e -> assertThat(e.code()).isEqualTo(23))
        .hasMessage("the miner answered E 23: invalid cmd");
  }

  @Test
  void aMessageThatIsNotTextIsShownAsJson() throws Exception {
    JsonObject reply = reply("{\"STATUS\":\"E\",\"Code\":14,\"Msg\":{\"reason\":\"busy\"}}");
    assertThatThrownBy(() -> CgminerStatus.check(reply))
        .hasMessage("the miner answered E 14: {\"reason\":\"busy\"}");
  }

  @Test
  void aMissingOrUnreadableCodeIsMinusOne() throws Exception {
    for (String code : new String[] {"", ",\"Code\":\"n/a\"", ",\"Code\":null"}) {
      JsonObject reply = reply("{\"STATUS\":[{\"STATUS\":\"E\"" + code + ",\"Msg\":\"no\"}]}");
      assertThatThrownBy(() -> CgminerStatus.check(reply))
          .as(code)
          .isInstanceOfSatisfying(
              DeviceResponseException.class, e -> assertThat(e.code()).isEqualTo(-1));
    }
  }

  @Test
  void aReplyWithoutAReadableStatusPasses() throws Exception {
    for (String text :
        new String[] {
          "{\"id\":1}",
          "{\"STATUS\":[]}",
          "{\"STATUS\":[\"E\"]}",
          "{\"STATUS\":7}",
          "{\"STATUS\":[{\"Code\":14}]}"
        }) {
      JsonObject reply = reply(text);
      assertThatCode(() -> CgminerStatus.check(reply)).as(text).doesNotThrowAnyException();
      assertThat(CgminerStatus.description(reply)).as(text).isNull();
    }
  }
}
