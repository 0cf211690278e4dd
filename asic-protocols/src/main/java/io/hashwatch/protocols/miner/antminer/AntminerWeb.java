package io.hashwatch.protocols.miner.antminer;

import io.hashwatch.protocols.http.DeviceHttpClient;
import io.hashwatch.protocols.http.HttpAuth;
import io.hashwatch.protocols.http.HttpReply;
import io.hashwatch.protocols.miner.MinerTarget;
import io.hashwatch.protocols.transport.DeviceException;
import io.hashwatch.protocols.transport.DeviceResponseException;
import java.net.URI;

/**
 * The web CGI of one stock Antminer: {@code http://host:webPort/cgi-bin/<name>.cgi} behind HTTP
 * Digest (realm "antMiner Configuration" on older builds, "antminer" on newer; the client answers
 * whichever the miner names). The factory login is root / root; the target's credentials override
 * it. An HTTP error status becomes a {@link DeviceResponseException} with that status.
 */
final class AntminerWeb {
  static final String DEFAULT_USER = "root";
  static final String DEFAULT_PASSWORD = "root";

  private final MinerTarget target;
  private final DeviceHttpClient http;
  private final HttpAuth auth;

  AntminerWeb(MinerTarget target) {
    this.target = target;
    this.http = target.web();
    this.auth =
        new HttpAuth.Digest(
            target.credentials().userOr(DEFAULT_USER),
            target.credentials().passwordOr(DEFAULT_PASSWORD));
  }

  /** GETs {@code /cgi-bin/<cgi>.cgi} and answers its body. */
  String get(String cgi) throws DeviceException {
    return checked(cgi, http.get(uri(cgi), auth));
  }

  /** POSTs {@code body} to {@code /cgi-bin/<cgi>.cgi} and answers the reply's body. */
  String post(String cgi, String contentType, String body) throws DeviceException {
    return checked(cgi, http.post(uri(cgi), contentType, body, auth));
  }

  /** The miner's configuration as {@code get_miner_conf.cgi} gives it. */
  MinerConf conf() throws DeviceException {
    return MinerConf.parse(get("get_miner_conf"));
  }

  private String checked(String cgi, HttpReply reply) throws DeviceResponseException {
    if (reply.ok()) {
      return reply.body();
    }
    String why =
        reply.status() == 401
            ? " (the web user or password is wrong for user "
                + target.credentials().userOr(DEFAULT_USER)
                + ")"
            : "";
    throw new DeviceResponseException(
        reply.status(), cgi + ".cgi of " + where() + " answered HTTP " + reply.status() + why);
  }

  private URI uri(String cgi) {
    return target.webUri("/cgi-bin/" + cgi + ".cgi");
  }

  String where() {
    return target.webAddress();
  }
}
