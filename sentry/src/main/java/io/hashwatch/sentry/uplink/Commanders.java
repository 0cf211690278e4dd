package io.hashwatch.sentry.uplink;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The commanders one sentry reports to, in the order of its config, and the one it uses now: it
 * keeps the one that works and moves on to the next (round robin) when that one fails.
 */
public final class Commanders {
  private final List<URI> urls;
  private final String sentryId;
  private final String token;
  private final UplinkSettings settings;
  private final List<CommanderClient> clients;
  private int current;

  /**
   * @throws IllegalArgumentException when a URL, the id or the token cannot make a valid request
   */
  public Commanders(List<URI> urls, String sentryId, String token, UplinkSettings settings) {
    this(urls, sentryId, token, settings, 0);
  }

  private Commanders(
      List<URI> urls, String sentryId, String token, UplinkSettings settings, int current) {
    if (urls.isEmpty()) {
      throw new IllegalArgumentException("at least one commander URL is needed");
    }
    this.urls = List.copyOf(urls);
    this.sentryId = sentryId;
    this.token = token;
    this.settings = settings;
    List<CommanderClient> built = new ArrayList<>();
    for (URI url : urls) {
      built.add(new CommanderClient(url, sentryId, token, settings));
    }
    this.clients = List.copyOf(built);
    this.current = current;
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
    current = (current + 1) % clients.size();
  }

  public int size() {
    return clients.size();
  }

  /** The same commanders, starting from the one used now, with another request timeout. */
  public synchronized Commanders withRequestTimeout(Duration timeout) {
    return new Commanders(urls, sentryId, token, settings.withRequestTimeout(timeout), current);
  }
}
