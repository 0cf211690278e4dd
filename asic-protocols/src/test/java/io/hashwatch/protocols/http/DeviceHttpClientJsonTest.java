package io.hashwatch.protocols.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.hashwatch.protocols.testing.HttpStandIn;
import io.hashwatch.protocols.testing.HttpStandIn.Answer;
import io.hashwatch.protocols.testing.HttpStandIn.Request;
import io.hashwatch.protocols.testing.TcpStandIn;
import io.hashwatch.protocols.transport.DeviceTimeoutException;
import io.hashwatch.protocols.transport.MalformedReplyException;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * JSON calls with a login token, as the Braiins OS REST API and the VNish web API take them,
 * against a real HTTP server on loopback.
 */
class DeviceHttpClientJsonTest {
  private final DeviceHttpClient client =
      new DeviceHttpClient(
          new DeviceHttpClient.Settings(Duration.ofSeconds(2), Duration.ofSeconds(10), 4096));

  private static URI uri(HttpStandIn device, String path) {
    return URI.create("http://127.0.0.1:" + device.port() + path);
  }

  @Test
  void aPutCarriesItsJsonBodyAndTheBareTokenWithTheFirstRequest() throws Exception {
    try (HttpStandIn device = new HttpStandIn(request -> Answer.json("true"))) {
      HttpReply reply =
          client.put(
              uri(device, "/api/v1/pools/batch"),
              DeviceHttpClient.JSON,
              "[{\"name\":\"Default\"}]",
              new HttpAuth.Token("hE9vT2kq0Lw3"));

      assertThat(reply).isEqualTo(new HttpReply(200, "true"));
      assertThat(device.requests())
          .extracting(
              Request::method,
              Request::target,
              Request::authorization,
              Request::contentType,
              Request::body)
          .containsExactly(
              tuple(
                  "PUT",
                  "/api/v1/pools/batch",
                  "hE9vT2kq0Lw3",
                  "application/json",
                  "[{\"name\":\"Default\"}]"));
    }
  }

  @Test
  void aPostCarriesABearerToken() throws Exception {
    try (HttpStandIn device = new HttpStandIn(request -> Answer.json("{\"success\":true}"))) {
      HttpReply reply =
          client.post(
              uri(device, "/api/v1/settings"),
              DeviceHttpClient.JSON,
              "{\"miner\":{}}",
              HttpAuth.bearer("3f1c9a7e5b"));

      assertThat(reply.ok()).isTrue();
      Request sent = device.requests().get(0);
      assertThat(sent.method()).isEqualTo("POST");
      assertThat(sent.authorization()).isEqualTo("Bearer 3f1c9a7e5b");
      assertThat(sent.contentType()).isEqualTo("application/json");
      assertThat(sent.body()).isEqualTo("{\"miner\":{}}");
    }
  }

  @Test
  void aPutWithoutBodySendsNoContentType() throws Exception {
    try (HttpStandIn device = new HttpStandIn(request -> Answer.status(204, ""))) {
      HttpReply reply =
          client.put(uri(device, "/api/v1/actions/reboot"), null, null, new HttpAuth.Token("t0k"));

      assertThat(reply).isEqualTo(new HttpReply(204, ""));
      assertThat(device.requests())
          .extracting(Request::method, Request::contentType, Request::body)
          .containsExactly(tuple("PUT", null, ""));
    }
  }

  @Test
  void aRefusedTokenIsTheDevices401AndIsNotSentAgain() throws Exception {
    try (HttpStandIn device =
        new HttpStandIn(
            request ->
                new Answer(
                    401, "{\"message\":\"Unauthorized\"}", Map.of("WWW-Authenticate", "Bearer")))) {
      HttpReply reply =
          client.put(uri(device, "/api/v1/actions/pause"), null, null, HttpAuth.bearer("old"));

      assertThat(reply.status()).isEqualTo(401);
      assertThat(reply.summary()).isEqualTo("HTTP 401: {\"message\":\"Unauthorized\"}");
      assertThat(device.requests()).hasSize(1);
    }
  }

  @Test
  void aPutKeepsTheBodyBoundAndTheTimeout() throws Exception {
    try (HttpStandIn device = new HttpStandIn(request -> Answer.json("x".repeat(4097)));
        TcpStandIn hung = TcpStandIn.hanging()) {
      HttpAuth token = new HttpAuth.Token("t0k");
      assertThatThrownBy(() -> client.put(uri(device, "/"), DeviceHttpClient.JSON, "{}", token))
          .isInstanceOf(MalformedReplyException.class)
          .hasMessageContaining("over 4096 bytes");

      DeviceHttpClient impatient =
          new DeviceHttpClient(
              new DeviceHttpClient.Settings(Duration.ofSeconds(2), Duration.ofMillis(300), 4096));
      URI silent = URI.create("http://127.0.0.1:" + hung.port() + "/api/v1/actions/reboot");
      assertThatThrownBy(() -> impatient.put(silent, null, null, token))
          .isInstanceOf(DeviceTimeoutException.class);
    }
  }

  @Test
  void aTokenThatCannotStandInAHeaderIsRefusedAndNeverShown() {
    assertThat(HttpAuth.Token.fits("hE9vT2kq0Lw3")).isTrue();
    assertThat(HttpAuth.Token.fits("abc\r\nX-Injected: 1")).isFalse();
    assertThat(HttpAuth.Token.fits(" ")).isFalse();
    assertThat(HttpAuth.Token.fits(null)).isFalse();
    assertThatThrownBy(() -> new HttpAuth.Token("abc\r\nX-Injected: 1"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> HttpAuth.bearer(null)).isInstanceOf(IllegalArgumentException.class);
    assertThat(HttpAuth.bearer("s3cret")).hasToString("Token[***]");
  }
}
