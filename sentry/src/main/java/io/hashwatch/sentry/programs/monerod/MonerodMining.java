package io.hashwatch.sentry.programs.monerod;

import io.hashwatch.protocols.http.HttpReply;
import io.hashwatch.protocols.json.CachedJsonProvider;
import io.hashwatch.protocols.json.JsonReplies;
import io.hashwatch.protocols.miner.ActionResult;
import io.hashwatch.protocols.reading.Figures;
import io.hashwatch.protocols.transport.DeviceException;
import io.hashwatch.sentry.programs.ProgramEndpoint;
import jakarta.json.JsonObject;

/**
 * Starts and stops monerod's miner: {@code /start_mining} with the wallet address and thread count
 * from the program's settings ({@code miner-address}, {@code threads}), {@code /stop_mining}.
 * monerod answers both with HTTP 200 and a {@code status}: {@code OK}, or its reason ({@code
 * Failed, wrong address}, {@code Mining never started}), which a failure quotes.
 */
final class MonerodMining {
  static final String ADDRESS = "miner-address";
  static final String THREADS = "threads";

  private MonerodMining() {}

  static ActionResult start(MonerodRpc rpc, ProgramEndpoint endpoint) {
    String address = endpoint.options().get(ADDRESS);
    if (address == null || address.isBlank()) {
      return new ActionResult.Failed(
          "monerod needs the wallet address to mine to: set `"
              + ADDRESS
              + " = ...` in the [program "
              + endpoint.name()
              + "] section");
    }
    int threads;
    try {
      threads = Integer.parseInt(endpoint.options().getOrDefault(THREADS, "1").strip());
    } catch (NumberFormatException e) {
      threads = 0;
    }
    if (threads < 1) {
      return new ActionResult.Failed(
          "`"
              + THREADS
              + " = "
              + endpoint.options().get(THREADS)
              + "` in the [program "
              + endpoint.name()
              + "] section is not a number of threads (1 or more)");
    }
    JsonObject request =
        CachedJsonProvider.INSTANCE
            .createObjectBuilder()
            .add("miner_address", address.strip())
            .add("threads_count", threads)
            .add("do_background_mining", false)
            .add("ignore_battery", true)
            .build();
    return ask(
        rpc,
        "/start_mining",
        request,
        "mining with " + threads + " thread(s) to " + address.strip());
  }

  static ActionResult stop(MonerodRpc rpc) {
    return ask(
        rpc,
        "/stop_mining",
        CachedJsonProvider.INSTANCE.createObjectBuilder().build(),
        "mining stopped");
  }

  private static ActionResult ask(MonerodRpc rpc, String path, JsonObject request, String done) {
    try {
      HttpReply reply = rpc.post(path, request);
      if (!reply.ok()) {
        return new ActionResult.Failed("monerod answered " + path + " with " + reply.summary());
      }
      String status =
          Figures.text(JsonReplies.object(reply.body(), "the answer to " + path), "status");
      if ("OK".equals(status)) {
        return new ActionResult.Done(done);
      }
      return new ActionResult.Failed(
          "monerod answered " + path + ": " + (status == null ? "no status" : "'" + status + "'"));
    } catch (DeviceException e) {
      return new ActionResult.Failed(e.getMessage());
    }
  }
}
