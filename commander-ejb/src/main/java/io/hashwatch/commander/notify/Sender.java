package io.hashwatch.commander.notify;

import java.time.Instant;

/** Delivers notifications over one {@link ChannelType}. */
public interface Sender {

  /**
   * Tries once to deliver {@code outgoing} to {@code channel}; never throws for what a receiver or
   * the network does, it says so in the {@link Attempt}.
   */
  Attempt send(Channel channel, Outgoing outgoing, Instant now);
}
