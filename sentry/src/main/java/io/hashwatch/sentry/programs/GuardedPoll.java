package io.hashwatch.sentry.programs;

import io.hashwatch.protocols.reading.PollResult;
import io.hashwatch.protocols.reading.Rejected;
import io.hashwatch.protocols.reading.Unreachable;
import io.hashwatch.protocols.transport.DeviceConnectException;
import io.hashwatch.protocols.transport.DeviceException;
import io.hashwatch.protocols.transport.DeviceTimeoutException;

/**
 * Runs one poll of a program so that it never throws ({@link ProgramAdapter#poll}): a program that
 * does not answer is {@link Unreachable}, one that refuses or answers what cannot be read is {@link
 * Rejected}, and a parser tripping over bad data ends the same way, with its reason in words.
 */
public final class GuardedPoll {

  /** One poll of one program: its calls and the parsing of their replies. */
  public interface Poll {
    PollResult poll() throws DeviceException;
  }

  private GuardedPoll() {}

  public static PollResult run(ProgramEndpoint endpoint, Poll poll) {
    try {
      return poll.poll();
    } catch (DeviceTimeoutException | DeviceConnectException e) {
      return Unreachable.because(e.getMessage());
    } catch (DeviceException e) {
      return Rejected.because(e.getMessage());
    } catch (RuntimeException e) {
      String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      return Rejected.because(
          "the replies of "
              + endpoint.name()
              + " at "
              + endpoint.url()
              + " could not be read: "
              + why);
    }
  }
}
