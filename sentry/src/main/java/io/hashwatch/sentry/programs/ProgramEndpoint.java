package io.hashwatch.sentry.programs;

import java.net.URI;
import java.util.Map;
import java.util.Objects;

/**
 * Where one miner program's API answers, and what it needs.
 *
 * @param name the program's name on this rig (the config's {@code [program NAME]}); its device's
 *     address is {@code RIG/NAME}
 * @param url {@code http://host:port} for HTTP APIs, {@code tcp://host:port} for plain-socket ones
 * @param token the API's access token, or {@code null} when it has none
 * @param options settings only some programs take, such as monerod's {@code miner-address} and
 *     {@code threads}
 */
public record ProgramEndpoint(String name, URI url, String token, Map<String, String> options) {

  public ProgramEndpoint {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(url, "url");
    if (url.getHost() == null || url.getPort() < 1) {
      throw new IllegalArgumentException("a program's url needs a host and a port: " + url);
    }
    options = Map.copyOf(options);
  }

  public String host() {
    return url.getHost();
  }

  public int port() {
    return url.getPort();
  }

  /** Never shows the token. */
  @Override
  public String toString() {
    return "ProgramEndpoint[name="
        + name
        + ", url="
        + url
        + (token == null ? "" : ", token=***")
        + "]";
  }
}
