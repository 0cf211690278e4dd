package io.hashwatch.sentry.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code sentry relay} against a Tasmota-like relay on loopback that keeps its state. */
class RelayCommandTest {
  private HttpServer tasmota;
  private final List<String> commands = new CopyOnWriteArrayList<>();
  private volatile boolean on = true;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @BeforeEach
  void startRelay() throws Exception {
    tasmota = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    tasmota.createContext(
        "/cm",
        exchange -> {
          String command = exchange.getRequestURI().getQuery().replace("cmnd=", "");
          commands.add(command);
          if (command.endsWith(" On")) {
            on = true;
          } else if (command.endsWith(" Off")) {
            on = false;
          }
          byte[] body =
              ("{\"POWER1\":\"" + (on ? "ON" : "OFF") + "\"}").getBytes(StandardCharsets.UTF_8);
          exchange.sendResponseHeaders(200, body.length);
          exchange.getResponseBody().write(body);
          exchange.close();
        });
    tasmota.start();
  }

  @AfterEach
  void stopRelay() {
    tasmota.stop(0);
  }

  @Test
  void cyclesTheRelayOffThenOn() {
    int exit =
        run("tasmota://127.0.0.1:" + tasmota.getAddress().getPort() + "/1?off=100ms", "cycle");

    assertThat(exit).as(err.toString()).isZero();
    assertThat(commands).containsSubsequence("Power1 Off", "Power1 On");
    assertThat(on).isTrue();
  }

  @Test
  void switchesOffAndReadsTheState() {
    String url = "tasmota://127.0.0.1:" + tasmota.getAddress().getPort() + "/1";

    assertThat(run(url, "off")).isZero();
    assertThat(on).isFalse();
    assertThat(run(url, "state")).isZero();
    assertThat(out.toString()).contains("off");
  }

  @Test
  void refusesABadUrlOrActionAndReportsAnUnreachableRelay() throws Exception {
    assertThat(run("telnet://10.0.0.1/1", "on")).isEqualTo(2);
    assertThat(run("tasmota://127.0.0.1:" + tasmota.getAddress().getPort() + "/1", "blink"))
        .isEqualTo(2);
    int closed;
    try (ServerSocket socket = new ServerSocket(0)) {
      closed = socket.getLocalPort();
    }
    assertThat(run("tasmota://127.0.0.1:" + closed + "/1", "state")).isEqualTo(1);
    assertThat(commands).isEmpty();
  }

  private int run(String... args) {
    CommandLine command = SentryCommand.commandLine(Map.of(), Clock.systemUTC());
    command.setOut(new PrintWriter(out, true));
    command.setErr(new PrintWriter(err, true));
    String[] full = new String[args.length + 1];
    full[0] = "relay";
    System.arraycopy(args, 0, full, 1, args.length);
    return command.execute(full);
  }
}
