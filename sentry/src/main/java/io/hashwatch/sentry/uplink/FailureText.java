package io.hashwatch.sentry.uplink;

import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;

/** Puts a failed exchange into words an operator can act on, and sorts statuses by retry value. */
final class FailureText {

  private FailureText() {}

  /** Statuses that say "not now" rather than "not this": worth sending the same batch later. */
  static boolean isTransient(int status) {
    return status == 408 || status == 425 || status == 429 || status >= 500;
  }

  /** What a refusal without a problem detail most likely means. */
  static String explain(int status, String location) {
    return switch (status) {
      case 401 -> "the commander does not accept this sentry's token";
      case 403 -> "this token may not report for this sentry";
      case 413 -> "the batch is larger than the commander accepts";
      default ->
          status >= 300 && status < 400 && location != null
              ? "the commander URL redirects to " + location + "; give that URL instead"
              : "unexpected HTTP status " + status;
    };
  }

  /** What a 404 without a problem detail means: no Hashwatch API there, not no such sentry. */
  static String noApi(URI endpoint) {
    return "commander answered HTTP 404 without a Hashwatch problem: no Hashwatch API at "
        + endpoint
        + " (a commander whose application failed to start answers so, as does a wrong path)";
  }

  static String describe(Throwable failure, UplinkSettings settings, URI endpoint) {
    if (has(failure, BoundedBody.AnswerTooLargeException.class)) {
      return "the commander's answer body is larger than " + settings.maxAnswerBytes() + " bytes";
    }
    if (failure instanceof HttpConnectTimeoutException) {
      return "no connection to the commander within " + words(settings.connectTimeout());
    }
    if (failure instanceof HttpTimeoutException) {
      return "no answer from the commander within " + words(settings.requestTimeout());
    }
    if (has(failure, UnresolvedAddressException.class)
        || has(failure, UnknownHostException.class)) {
      return "cannot resolve the host name " + endpoint.getHost();
    }
    if (failure instanceof ConnectException) {
      // The HTTP client's ConnectException usually has no message: say where it tried.
      String why = firstMessage(failure);
      return "cannot connect to "
          + endpoint.getHost()
          + ":"
          + port(endpoint)
          + (why == null ? "" : ": " + why);
    }
    String why = firstMessage(failure);
    return "exchange with the commander failed: "
        + (why == null ? failure.getClass().getSimpleName() : why);
  }

  static String words(Duration duration) {
    long millis = duration.toMillis();
    return millis % 1000 == 0 ? millis / 1000 + " s" : millis + " ms";
  }

  /** The HTTP client often wraps the useful message in a cause; {@code null} when none has one. */
  private static String firstMessage(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause.getMessage() != null && !cause.getMessage().isBlank()) {
        return cause.getMessage();
      }
    }
    return null;
  }

  private static boolean has(Throwable failure, Class<? extends Throwable> type) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (type.isInstance(cause)) {
        return true;
      }
    }
    return false;
  }

  private static int port(URI endpoint) {
    if (endpoint.getPort() != -1) {
      return endpoint.getPort();
    }
    return "https".equals(endpoint.getScheme()) ? 443 : 80;
  }
}
