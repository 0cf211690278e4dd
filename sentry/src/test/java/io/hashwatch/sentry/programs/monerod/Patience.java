package io.hashwatch.sentry.programs.monerod;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Asks {@code supplier} at a fixed rate until its answer passes {@code condition}, for a test that
 * waits on a real program (sentry's tests have no Awaitility). Fails with the last answer seen.
 */
final class Patience {

  private Patience() {}

  static <T> T until(
      String what, Duration atMost, Duration every, Supplier<T> supplier, Predicate<T> condition)
      throws Exception {
    CompletableFuture<T> passed = new CompletableFuture<>();
    AtomicReference<T> last = new AtomicReference<>();
    ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
    try {
      timer.scheduleWithFixedDelay(
          () -> {
            try {
              T answer = supplier.get();
              last.set(answer);
              if (condition.test(answer)) {
                passed.complete(answer);
              }
            } catch (RuntimeException e) {
              passed.completeExceptionally(e);
            }
          },
          0,
          every.toMillis(),
          TimeUnit.MILLISECONDS);
      return passed.get(atMost.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      throw new AssertionError(what + ": not within " + atMost + "; last seen: " + last.get(), e);
    } finally {
      timer.shutdownNow();
    }
  }
}
