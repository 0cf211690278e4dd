package io.hashwatch.protocols.ssh;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Where JSch's session thread writes a command's output: standard output and error share one byte
 * budget, and the wait ends when JSch closes the channel's streams or the budget is exceeded.
 *
 * <p>JSch closes the error stream last, when the channel closes (after the exit status, which a
 * server sends before closing) or when the session drops, so that close is the end of the command.
 */
final class CommandOutput {
  private final int maxBytes;
  private final ByteArrayOutputStream stdout = new ByteArrayOutputStream();
  private final ByteArrayOutputStream stderr = new ByteArrayOutputStream();
  private final CountDownLatch done = new CountDownLatch(1);
  private int total;
  private boolean overflowed;

  CommandOutput(int maxBytes) {
    this.maxBytes = maxBytes;
  }

  OutputStream stdout() {
    return new Sink(stdout, false);
  }

  OutputStream stderr() {
    return new Sink(stderr, true);
  }

  /** Waits until the channel closed or the output went over its bound. */
  boolean await(long nanos) throws InterruptedException {
    return done.await(nanos, TimeUnit.NANOSECONDS);
  }

  synchronized boolean overflowed() {
    return overflowed;
  }

  synchronized String stdoutText() {
    return stdout.toString(StandardCharsets.UTF_8);
  }

  synchronized String stderrText() {
    return stderr.toString(StandardCharsets.UTF_8);
  }

  private synchronized void append(ByteArrayOutputStream target, byte[] bytes, int off, int len) {
    if (overflowed) {
      return;
    }
    if (len > maxBytes - total) {
      overflowed = true;
      done.countDown();
      return;
    }
    target.write(bytes, off, len);
    total += len;
  }

  /** Never throws: an exception here would end up in JSch's session thread. */
  private final class Sink extends OutputStream {
    private final ByteArrayOutputStream target;
    private final boolean last;

    Sink(ByteArrayOutputStream target, boolean last) {
      this.target = target;
      this.last = last;
    }

    @Override
    public void write(int b) {
      write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] bytes, int off, int len) {
      append(target, bytes, off, len);
    }

    @Override
    public void close() {
      if (last) {
        done.countDown();
      }
    }
  }
}
