package io.hashwatch.commander.notify;

/**
 * One notification on its way out.
 *
 * @param id its id in the outbox, which receivers can use to drop a second delivery
 * @param body the JSON of its {@link Message}
 */
public record Outgoing(long id, String body) {

  public Message message() {
    return MessageJson.read(body);
  }
}
