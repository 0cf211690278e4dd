package io.hashwatch.sentry.outbox;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/** Collects what the outbox logs (System.Logger goes to java.util.logging here). */
final class LogCapture extends Handler implements AutoCloseable {
  private final Logger logger = Logger.getLogger(Outbox.class.getName());
  private final SimpleFormatter formatter = new SimpleFormatter();
  private final List<String> messages = new ArrayList<>();

  LogCapture() {
    logger.addHandler(this);
  }

  synchronized List<String> messages() {
    return List.copyOf(messages);
  }

  @Override
  public synchronized void publish(LogRecord record) {
    messages.add(record.getLevel() + " " + formatter.formatMessage(record));
  }

  @Override
  public void flush() {}

  @Override
  public void close() {
    logger.removeHandler(this);
  }
}
