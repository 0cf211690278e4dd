package io.hashwatch.sentry.uplink;

import io.hashwatch.sentry.commands.CommandResults;
import io.hashwatch.sentry.outbox.Outbox;
import java.io.IOException;
import java.time.Duration;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Drains the outbox to the commander: a batch whenever entries or command results wait (woken by
 * the sweep and the command runner), and an empty one at least every {@code heartbeat} so that
 * commands arrive and the commander sees the sentry alive. When the commander is unavailable it
 * tries the next one at once, and after a whole round of failures it backs off; when refused it
 * logs loudly, keeps everything and tries again after the longest backoff.
 */
public final class UplinkLoop implements Runnable {
  private static final System.Logger LOG = System.getLogger(UplinkLoop.class.getName());

  private final Uplink uplink;
  private final Outbox outbox;
  private final CommandResults results;
  private final Duration heartbeat;
  private final Backoff backoff;
  private final Semaphore doorbell = new Semaphore(0);
  private final CountDownLatch stopping = new CountDownLatch(1);

  /**
   * How often and how patiently the loop sends.
   *
   * @param heartbeat the longest time between two batches (the sweep interval)
   * @param firstBackoff the first wait after a round of failures, doubled with each round
   * @param maxBackoff the longest wait, also the wait after a refusal
   */
  public record Settings(Duration heartbeat, Duration firstBackoff, Duration maxBackoff) {
    public static Settings every(Duration heartbeat) {
      return new Settings(heartbeat, Duration.ofSeconds(1), Duration.ofSeconds(60));
    }
  }

  public UplinkLoop(Uplink uplink, Outbox outbox, CommandResults results, Settings settings) {
    this.uplink = uplink;
    this.outbox = outbox;
    this.results = results;
    this.heartbeat = settings.heartbeat();
    this.backoff = new Backoff(settings.firstBackoff(), settings.maxBackoff(), new Random());
  }

  @Override
  public void run() {
    long lastSent = System.nanoTime() - heartbeat.toNanos();
    int failures = 0;
    try {
      while (stopping.getCount() > 0) {
        long quiet = System.nanoTime() - lastSent;
        if (outbox.backlog() == 0 && results.size() == 0 && quiet < heartbeat.toNanos()) {
          waitForWork(heartbeat.toNanos() - quiet);
          continue;
        }
        Uplink.Exchange exchange;
        try {
          exchange = uplink.exchange();
        } catch (IOException e) {
          LOG.log(System.Logger.Level.ERROR, "cannot read the outbox to send it: " + e);
          pause(backoff.next());
          continue;
        }
        if (exchange.result() instanceof SendResult.Delivered) {
          if (failures > 0) {
            LOG.log(
                System.Logger.Level.INFO,
                "delivering to {0} again after {1} failed tries; backlog {2} entries",
                exchange.commander(),
                failures,
                outbox.backlog());
          }
          failures = 0;
          backoff.reset();
          lastSent = System.nanoTime();
          if (!exchange.sendAgain()) {
            waitForWork(heartbeat.toNanos());
          }
        } else {
          failures++;
          failed(exchange, failures);
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void failed(Uplink.Exchange exchange, int failures) throws InterruptedException {
    if (exchange.result() instanceof SendResult.Refused refused) {
      LOG.log(
          System.Logger.Level.ERROR,
          "THE COMMANDER REFUSED THE BATCH: {0} answered HTTP {1}: {2}{3}. Nothing is dropped:"
              + " backlog {4} entries; trying again in {5}",
          exchange.commander(),
          String.valueOf(refused.status()),
          refused.detail(),
          refused.field() == null ? "" : " (field " + refused.field() + ")",
          outbox.backlog(),
          FailureText.words(backoff.max()));
      pause(backoff.max());
      return;
    }
    String reason = ((SendResult.Unavailable) exchange.result()).reason();
    boolean roundFailed = failures % uplink.commanders().size() == 0;
    Duration wait = roundFailed ? backoff.next() : Duration.ZERO;
    LOG.log(
        System.Logger.Level.WARNING,
        "commander {0} unavailable: {1}; backlog {2} entries; {3}",
        exchange.commander(),
        reason,
        outbox.backlog(),
        roundFailed
            ? "trying again in " + FailureText.words(wait)
            : "trying " + uplink.commanders().currentUrl() + " now");
    pause(wait);
  }

  /** Sends soon: new entries or command results are waiting. */
  public void wake() {
    doorbell.release();
  }

  /** Ends the loop; a send in progress ends when the thread running the loop is interrupted. */
  public void stop() {
    stopping.countDown();
    doorbell.release();
  }

  private void waitForWork(long nanos) throws InterruptedException {
    if (doorbell.tryAcquire(nanos, TimeUnit.NANOSECONDS)) {
      doorbell.drainPermits();
    }
  }

  private void pause(Duration wait) throws InterruptedException {
    if (!wait.isZero()) {
      stopping.await(wait.toNanos(), TimeUnit.NANOSECONDS);
    }
  }
}
