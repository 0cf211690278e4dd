package io.hashwatch.protocols.miner;

import io.hashwatch.protocols.reading.PollResult;
import io.hashwatch.protocols.reading.Rejected;
import io.hashwatch.protocols.reading.Unreachable;
import io.hashwatch.protocols.transport.DeviceConnectException;
import io.hashwatch.protocols.transport.DeviceException;
import io.hashwatch.protocols.transport.DeviceTimeoutException;

/**
 * Runs one poll so that it never throws ({@link MinerDriver#poll}): a miner that does not answer is
 * {@link Unreachable}, one that refuses or answers what cannot be read is {@link Rejected}, and a
 * parser tripping over bad data ends the same way, with its reason in words.
 */
public final class PollGuard {

  /** One poll of one miner: its calls and the parsing of their replies. */
  public interface Poll {
    PollResult poll() throws DeviceException;
  }

  private PollGuard() {}

  public static PollResult run(MinerTarget target, Poll poll) {
    return run(target, "", poll);
  }

  /**
   * @param api what the reason of a failure starts with, naming the API that failed (e.g. {@code
   *     "API v3: "}) for a driver that speaks more than one
   */
  public static PollResult run(MinerTarget target, String api, Poll poll) {
    try {
      return poll.poll();
    } catch (DeviceTimeoutException | DeviceConnectException e) {
      return Unreachable.because(api + e.getMessage());
    } catch (DeviceException e) {
      return Rejected.because(api + e.getMessage());
    } catch (RuntimeException e) {
      String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      return Rejected.because(
          api + "the replies of " + target.address() + " could not be read: " + why);
    }
  }
}
