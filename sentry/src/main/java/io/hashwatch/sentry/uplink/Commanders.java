package io.hashwatch.sentry.uplink;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The commanders one sentry reports to, in the order of its config, and the one it uses now: it
 * keeps the one that works and moves on to the next (round robin) when that one fails. The first of
 * the list is the preferred one: while another is in use, the first is tried again every {@code
 * returnEvery}, and used again once it answers.
 */
public final class Commanders {
  /** How often a sentry away from its first commander tries that one again, unless told. */
  public static final Duration RETURN_EVERY = Duration.ofSeconds(30);

  private final List<URI> urls;
  private final String sentryId;
  private final String token;
  private final UplinkSettings settings;
  private final Duration returnEvery;
  private final List<CommanderClient> clients;
  private int current;
  private long firstTriedAt;

  /**
   * @throws IllegalArgumentException when a URL, the id or the token cannot make a valid request
   */
  public Commanders(List<URI> urls, String sentryId, String token, UplinkSettings settings) {
    this(urls, sentryId, token, settings, RETURN_EVERY);
  }

  /**
   * @param returnEvery how often the first commander is tried again while another one is used
   * @throws IllegalArgumentException when a URL, the id or the token cannot make a valid request
   */
  public Commanders(
      List<URI> urls,
      String sentryId,
      String token,
      UplinkSettings settings,
      Duration returnEvery) {
    this(urls, sentryId, token, settings, returnEvery, 0);
  }

  private Commanders(
      List<URI> urls,
      String sentryId,
      String token,
      UplinkSettings settings,
      Duration returnEvery,
      int current) {
    if (urls.isEmpty()) {
      throw new IllegalArgumentException("at least one commander URL is needed");
    }
    if (returnEvery.isZero() || returnEvery.isNegative()) {
      throw new IllegalArgumentException("returnEvery must be > 0");
    }
    this.urls = List.copyOf(urls);
    this.sentryId = sentryId;
    this.token = token;
    this.settings = settings;
    this.returnEvery = returnEvery;
    List<CommanderClient> built = new ArrayList<>();
    for (URI url : urls) {
      built.add(new CommanderClient(url, sentryId, token, settings));
    }
    this.clients = List.copyOf(built);
    this.current = current;
    this.firstTriedAt = System.nanoTime();
  }

  /** The commander to send to now. */
  public synchronized CommanderClient current() {
    return clients.get(current);
  }

  /** The base URL of the commander used now. */
  public synchronized URI currentUrl() {
    return urls.get(current);
  }

  /** Moves on to the next commander of the list, after the last back to the first. */
  public synchronized void next() {
    if (current == 0) {
      // Leaving the first: its next try is one period from now, not at once.
      firstTriedAt = System.nanoTime();
    }
    current = (current + 1) % clients.size();
  }

  /** Whether another commander is in use and the first is due to be tried again. */
  public synchronized boolean firstDue() {
    return current != 0 && System.nanoTime() - firstTriedAt >= returnEvery.toNanos();
  }

  public CommanderClient first() {
    return clients.get(0);
  }

  public URI firstUrl() {
    return urls.get(0);
  }

  /** The first commander answered: it is the one used from now on. */
  public synchronized void backToFirst() {
    current = 0;
  }

  /** The first commander was tried and did not answer: the next try is one period from now. */
  public synchronized void firstTried() {
    firstTriedAt = System.nanoTime();
  }

  public int size() {
    return clients.size();
  }

  /** The same commanders, starting from the one used now, with another request timeout. */
  public synchronized Commanders withRequestTimeout(Duration timeout) {
    return new Commanders(
        urls, sentryId, token, settings.withRequestTimeout(timeout), returnEvery, current);
  }
}
