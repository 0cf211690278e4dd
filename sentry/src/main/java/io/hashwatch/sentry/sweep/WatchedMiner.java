package io.hashwatch.sentry.sweep;

import io.hashwatch.protocols.miner.DriverRegistry;
import io.hashwatch.protocols.miner.Identification;
import io.hashwatch.protocols.miner.MinerDriver;
import io.hashwatch.protocols.miner.MinerTarget;
import io.hashwatch.protocols.reading.PollResult;
import io.hashwatch.protocols.reading.Rejected;
import io.hashwatch.protocols.reading.Unreachable;
import java.util.Objects;

/**
 * One miner the sentry watches and the driver it speaks, found once and kept while the miner keeps
 * answering as that driver expects. A miner that stops answering, or answers what its driver does
 * not understand, is identified again at its next poll: it may have been reflashed or replaced.
 */
public final class WatchedMiner {
  private final MinerTarget target;
  private volatile MinerDriver driver;

  WatchedMiner(MinerTarget target, MinerDriver driver) {
    this.target = Objects.requireNonNull(target, "target");
    this.driver = driver;
  }

  public MinerTarget target() {
    return target;
  }

  /** {@code host:port}, as the sentry reports it. */
  public String address() {
    return target.address();
  }

  /** The driver found at the last identification, or {@code null} while none is known. */
  public MinerDriver driver() {
    return driver;
  }

  /** Asks the miner what it is, and remembers the driver found (or that none was). */
  public Identification identify(DriverRegistry registry) {
    Identification found = registry.identify(target);
    driver = found instanceof Identification.Identified identified ? identified.driver() : null;
    return found;
  }

  /** Polls the miner once, identifying it first when its driver is not known. Never throws. */
  public PollResult poll(DriverRegistry registry) {
    MinerDriver polling = driver;
    if (polling == null) {
      Identification found = identify(registry);
      if (found instanceof Identification.NotIdentified none) {
        return none.why();
      }
      polling = ((Identification.Identified) found).driver();
    }
    PollResult result = polling.poll(target);
    if (result instanceof Unreachable || result instanceof Rejected) {
      driver = null;
    }
    return result;
  }
}
