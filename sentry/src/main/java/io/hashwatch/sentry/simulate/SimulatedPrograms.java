package io.hashwatch.sentry.simulate;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executors;

/**
 * Two miner programs' HTTP APIs on loopback, for the demo rig: T-Rex (a GPU miner, {@code GET
 * /summary}) and xmrig (a CPU miner, {@code GET /2/summary}), each answering with its recorded
 * reply, its hashrate wandering and its uptime and shares growing as the simulated ASICs' do.
 */
public final class SimulatedPrograms implements AutoCloseable {
  private final long started = System.nanoTime();
  private final HttpServer trex;
  private final HttpServer xmrig;

  private SimulatedPrograms() throws IOException {
    trex = serve("/summary", Drift.compile(load("trex-summary.json")), 0);
    try {
      xmrig = serve("/2/summary", Drift.compile(load("xmrig-2-summary.json")), 1);
    } catch (IOException | RuntimeException e) {
      trex.stop(0);
      throw e;
    }
  }

  /** Starts both, each on a free loopback port. */
  public static SimulatedPrograms start() throws IOException {
    return new SimulatedPrograms();
  }

  /** T-Rex's API, {@code http://127.0.0.1:PORT}. */
  public URI trex() {
    return uri(trex);
  }

  /** xmrig's API, {@code http://127.0.0.1:PORT}. */
  public URI xmrig() {
    return uri(xmrig);
  }

  @Override
  public void close() {
    trex.stop(0);
    xmrig.stop(0);
  }

  private HttpServer serve(String path, Drift.Template reply, int index) throws IOException {
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
    server.createContext(path, exchange -> answer(exchange, reply, index));
    server.setExecutor(
        Executors.newSingleThreadExecutor(
            runnable -> {
              Thread thread = new Thread(runnable, "simulated-program");
              thread.setDaemon(true);
              return thread;
            }));
    server.start();
    return server;
  }

  private void answer(HttpExchange exchange, Drift.Template reply, int index) throws IOException {
    try (exchange) {
      long seconds = (System.nanoTime() - started) / 1_000_000_000L;
      byte[] body = reply.render(index, seconds).getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().add("Content-Type", "application/json");
      exchange.sendResponseHeaders(200, body.length);
      exchange.getResponseBody().write(body);
    }
  }

  private static URI uri(HttpServer server) {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  private static String load(String name) {
    String resource = "programs/" + name;
    try (InputStream in = SimulatedPrograms.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("the simulator's reply " + resource + " is missing");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the simulator's reply " + resource, e);
    }
  }
}
