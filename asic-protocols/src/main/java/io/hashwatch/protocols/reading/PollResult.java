package io.hashwatch.protocols.reading;

import java.util.List;

/**
 * What one poll of one device gave. "Zero hashrate" (a {@link Reading} with {@code hashrateHs} 0)
 * and "could not ask" ({@link Unreachable}) are different results and are never confused.
 */
public sealed interface PollResult permits Reading, Unreachable, Rejected, NoData {

  /** The wire name of this result in the {@code result} JSON field. */
  String result();

  /** What could not be read, in words; empty when everything was read. */
  List<String> errors();
}
