package io.hashwatch.sentry.programs.monerod;

import io.hashwatch.protocols.http.DeviceHttpClient;
import io.hashwatch.protocols.http.HttpReply;
import io.hashwatch.protocols.json.JsonReplies;
import io.hashwatch.protocols.miner.ActionResult;
import io.hashwatch.protocols.reading.NoData;
import io.hashwatch.protocols.reading.PollResult;
import io.hashwatch.protocols.reading.Rejected;
import io.hashwatch.protocols.transport.DeviceException;
import io.hashwatch.protocols.transport.MalformedReplyException;
import io.hashwatch.sentry.programs.GuardedPoll;
import io.hashwatch.sentry.programs.ProgramAdapter;
import io.hashwatch.sentry.programs.ProgramEndpoint;
import jakarta.json.JsonObject;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * monerod's built-in miner through the daemon's RPC: {@code GET /mining_status} (rate, algorithm,
 * address, whether it mines; its shape tells monerod from other programs) and {@code get_info}
 * (version, start time) make the reading; {@code /start_mining} and {@code /stop_mining} the
 * actions. A poll makes two calls, each within the timeout.
 */
public final class MonerodAdapter implements ProgramAdapter {
  public static final String TYPE = "monerod";

  /** One HTTP client per timeout, as the JDK's clients are costly to make for every poll. */
  private final Map<Duration, DeviceHttpClient> clients = new ConcurrentHashMap<>();

  private final Clock clock;

  public MonerodAdapter(Clock clock) {
    this.clock = clock;
  }

  public MonerodAdapter() {
    this(Clock.systemUTC());
  }

  @Override
  public String type() {
    return TYPE;
  }

  /** The mainnet RPC port, which {@code --regtest} keeps (monerod --help: --rpc-bind-port). */
  @Override
  public List<Integer> defaultPorts() {
    return List.of(18081);
  }

  @Override
  public PollResult poll(ProgramEndpoint endpoint, Duration timeout) {
    MonerodRpc rpc = rpc(endpoint, timeout);
    return GuardedPoll.run(
        endpoint,
        () -> {
          HttpReply status = rpc.get("/mining_status");
          if (status.status() == 401 || status.status() == 403) {
            return Rejected.because(
                "monerod refused /mining_status ("
                    + status.summary()
                    + "): give its --rpc-login as token = user:password, and an unrestricted RPC");
          }
          if (!status.ok()) {
            return NoData.because(
                endpoint.url()
                    + " answers /mining_status with "
                    + status.summary()
                    + ", not monerod");
          }
          JsonObject mining;
          try {
            mining = JsonReplies.object(status.body(), "the answer to /mining_status");
          } catch (MalformedReplyException e) {
            return NoData.because(e.getMessage());
          }
          List<String> errors = new ArrayList<>();
          JsonObject info = null;
          try {
            info = rpc.call("get_info");
          } catch (DeviceException e) {
            errors.add(e.getMessage());
          }
          return MonerodReading.of(mining, info, errors, clock.instant(), endpoint.url());
        });
  }

  @Override
  public ActionResult stopMining(ProgramEndpoint endpoint, Duration timeout) {
    return MonerodMining.stop(rpc(endpoint, timeout));
  }

  /** Needs {@code miner-address} in the program's settings; {@code threads} is 1 unless set. */
  @Override
  public ActionResult startMining(ProgramEndpoint endpoint, Duration timeout) {
    return MonerodMining.start(rpc(endpoint, timeout), endpoint);
  }

  private MonerodRpc rpc(ProgramEndpoint endpoint, Duration timeout) {
    if (clients.size() > 8) {
      clients.clear(); // timeouts come from the config: more than a few means it changed
    }
    DeviceHttpClient http =
        clients.computeIfAbsent(
            timeout,
            t ->
                new DeviceHttpClient(
                    new DeviceHttpClient.Settings(t, t, MonerodRpc.MAX_BODY_BYTES)));
    return new MonerodRpc(endpoint, http);
  }
}
