package io.hashwatch.protocols.miner.whatsminer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hashwatch.protocols.cgminer.CgminerClient;
import io.hashwatch.protocols.testing.Fixtures;
import io.hashwatch.protocols.transport.MalformedReplyException;
import jakarta.json.JsonObject;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The real end-to-end vector of fixtures/whatsminer-btminer-foreman/crypto_test_vector.json. */
class ApiV2CipherTest {
  private static final JsonObject VECTOR =
      Fixtures.json("whatsminer-btminer-foreman/crypto_test_vector.json");

  private static ApiV2Cipher cipher() throws MalformedReplyException {
    return ApiV2Cipher.fromToken(
        Fixtures.json("whatsminer-btminer-foreman/get_token.json"), VECTOR.getString("password"));
  }

  private static JsonObject testCase(int index) {
    return VECTOR.getJsonArray("cases").getJsonObject(index);
  }

  @Test
  void derivesTheKeyAndSignOfTheVector() throws Exception {
    ApiV2Cipher cipher = cipher();

    assertThat(cipher.key()).isEqualTo("WssMFDgz6KlzbAfbu9Jph/").isEqualTo(VECTOR.getString("key"));
    assertThat(cipher.sign())
        .isEqualTo(".8Wiv910uBxIJcqnY6BFC.")
        .isEqualTo(VECTOR.getString("sign_token"));
    assertThat(HexFormat.of().formatHex(ApiV2Cipher.sha256(cipher.key().getBytes())))
        .isEqualTo(VECTOR.getString("aes256_key_hex_sha256_of_key"));
  }

  @Test
  void theTokenReplyOfTheVectorIsTheRecordedGetTokenReply() {
    assertThat(VECTOR.getJsonObject("get_token_reply"))
        .isEqualTo(Fixtures.json("whatsminer-btminer-foreman/get_token.json"));
  }

  @Test
  void encryptsTheLedCommandToTheRecordedRequestBytes() throws Exception {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("color", "red");
    fields.put("period", "2000");
    fields.put("duration", "1000");
    fields.put("start", "0");
    ApiV2Writer.Command command = new ApiV2Writer.Command("set_led", fields);

    assertThat(ApiV2Writer.plaintext(command, cipher()))
        .isEqualTo(
            testCase(0).getString("request_plaintext_with_NUL_padding").replace("\u0000", ""));
    assertThat(ApiV2Writer.envelope(command, cipher()))
        .isEqualTo(testCase(0).getString("request_on_wire"));
  }

  @Test
  void encryptsTheAutoLedCommandToTheRecordedRequestBytes() throws Exception {
    ApiV2Writer.Command command = new ApiV2Writer.Command("set_led", Map.of("param", "auto"));

    assertThat(ApiV2Writer.envelope(command, cipher()))
        .isEqualTo(testCase(1).getString("request_on_wire"));
  }

  @Test
  void decryptsTheRecordedReply() throws Exception {
    JsonObject onWire = CgminerClient.parse(testCase(0).getString("reply_on_wire"));

    String plain = cipher().decrypt(onWire.getString("enc"));

    assertThat(plain)
        .isEqualTo(testCase(0).getString("reply_plaintext_with_NUL_padding").replace("\u0000", ""))
        .isEqualTo(
            "{\"STATUS\":\"S\",\"When\":1608417125,\"Code\":131,\"Msg\":\"\",\"Description\":\"whatsminer v1.1\"}");
    assertThat(Fixtures.json("whatsminer-btminer-foreman/enc_set_led.response.json"))
        .isEqualTo(onWire);
  }

  @Test
  void padsWithAtLeastOneNulSoTheMinerFindsAStringEnd() throws Exception {
    ApiV2Cipher cipher = cipher();
    String sixteen = "{\"cmd\":\"abcdef\"}";

    String roundTrip = cipher.decrypt(cipher.encrypt(sixteen));

    assertThat(java.util.Base64.getDecoder().decode(cipher.encrypt(sixteen))).hasSize(32);
    assertThat(roundTrip).isEqualTo(sixteen);
  }

  @Test
  void refusesATokenReplyWithoutItsSalts() {
    JsonObject noSalt = Fixtures.json("whatsminer-btminer-apiv2/get_version.json");

    assertThatThrownBy(() -> ApiV2Cipher.fromToken(noSalt, "admin"))
        .isInstanceOf(MalformedReplyException.class)
        .hasMessageContaining("salt");
  }

  @Test
  void refusesAnEncryptedReplyThatIsNotWholeBlocks() {
    assertThatThrownBy(() -> cipher().decrypt("AAAA"))
        .isInstanceOf(MalformedReplyException.class)
        .hasMessageContaining("AES blocks");
  }
}
