package io.hashwatch.protocols.miner.whatsminer;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the driver learnt of each miner it polls, by address, bounded: past {@code maxMiners} the
 * miner polled longest ago is forgotten. What was learnt is learnt again after {@link
 * #RELEARN_AFTER}, in case a change escaped the restart check. Polls of different miners run on
 * different threads, so every access is synchronized; each is a map lookup.
 */
final class KnownMiners {
  /** More miners than one sentry watches; an entry is a few hundred bytes. */
  static final int MAX_MINERS = 65_536;

  static final Duration RELEARN_AFTER = Duration.ofHours(1);

  private record Entry(KnownMiner miner, Instant learnt) {}

  private final Clock clock;
  private final Map<String, Entry> known;

  KnownMiners(Clock clock, int maxMiners) {
    this.clock = clock;
    this.known =
        new LinkedHashMap<>(16, 0.75f, true) {
          @Override
          protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
            return size() > maxMiners;
          }
        };
  }

  /** What is known of the miner at {@code address}; {@link KnownMiner#NOTHING} when nothing is. */
  synchronized KnownMiner recall(String address) {
    Entry entry = known.get(address);
    if (entry == null) {
      return KnownMiner.NOTHING;
    }
    if (!clock.instant().isBefore(entry.learnt().plus(RELEARN_AFTER))) {
      known.remove(address);
      return KnownMiner.NOTHING;
    }
    return entry.miner();
  }

  /** Keeps what a poll learnt; the time it was first learnt stays until it is forgotten. */
  synchronized void remember(String address, KnownMiner miner) {
    if (miner.equals(KnownMiner.NOTHING)) {
      known.remove(address);
      return;
    }
    Entry before = known.get(address);
    known.put(address, new Entry(miner, before == null ? clock.instant() : before.learnt()));
  }

  /** Forgets the miner: it stopped answering, or an action may change what it answers. */
  synchronized void forget(String address) {
    known.remove(address);
  }

  synchronized int size() {
    return known.size();
  }
}
