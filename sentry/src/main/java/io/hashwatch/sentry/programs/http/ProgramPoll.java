package io.hashwatch.sentry.programs.http;

import io.hashwatch.protocols.reading.NoData;
import io.hashwatch.protocols.reading.PollResult;
import io.hashwatch.protocols.reading.Rejected;
import io.hashwatch.protocols.reading.Unreachable;
import io.hashwatch.protocols.transport.DeviceConnectException;
import io.hashwatch.protocols.transport.DeviceException;
import io.hashwatch.protocols.transport.DeviceResponseException;
import io.hashwatch.protocols.transport.DeviceTimeoutException;

/**
 * Runs one poll of a program so that it never throws ({@link
 * io.hashwatch.sentry.programs.ProgramAdapter#poll}): nothing answering in time is {@link
 * Unreachable}; a refusal (HTTP 401 or 403) is {@link Rejected}, with what to configure; any other
 * answer that is not the program's (an error status, a body that is not JSON, a parser tripping) is
 * {@link NoData}, saying why.
 */
public final class ProgramPoll {

  /** One poll: its calls and the parsing of their replies. */
  public interface Poll {
    PollResult poll() throws DeviceException;
  }

  private ProgramPoll() {}

  /**
   * @param program the program's name for messages, {@code "xmrig"}
   * @param whenRefused what to set when the API refuses, {@code "the token must be ..."}
   */
  public static PollResult run(String program, String whenRefused, Poll poll) {
    try {
      return poll.poll();
    } catch (DeviceTimeoutException | DeviceConnectException e) {
      return Unreachable.because(e.getMessage());
    } catch (DeviceResponseException e) {
      if (refused(e.code())) {
        return Rejected.because(
            program + " refused the request: " + e.getMessage() + "; " + whenRefused);
      }
      return NoData.because(e.getMessage());
    } catch (DeviceException e) {
      // the rest of the family: a MalformedReplyException, a body that is not JSON or too long
      return NoData.because(e.getMessage() + " (not " + program + "'s API?)");
    } catch (RuntimeException e) {
      String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      return NoData.because("the reply could not be read as " + program + "'s: " + why);
    }
  }

  /** The statuses of an API that wants other credentials. */
  public static boolean refused(int status) {
    return status == 401 || status == 403;
  }
}
