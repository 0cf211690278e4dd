package io.hashwatch.commander.ear;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.IntStream;

/**
 * One hundred ports laid out as {@code asadmin create-domain --portbase} lays them out, every port
 * a domain opens free when the block is chosen. Blocks lie below Linux's ephemeral range, so
 * outgoing connections do not take them meanwhile.
 */
record PortBlock(int base) {
  private static final int LOWEST = 20_000;
  private static final int BLOCKS = 120;
  private static final int[] USED_OFFSETS = {9, 37, 38, 39, 48, 49, 59, 66, 76, 80, 81, 86};

  /** Starts at a random block so that builds running side by side rarely race for one. */
  static PortBlock findFree() {
    int first = ThreadLocalRandom.current().nextInt(BLOCKS);
    return IntStream.range(0, BLOCKS)
        .mapToObj(i -> new PortBlock(LOWEST + (first + i) % BLOCKS * 100))
        .filter(PortBlock::isFree)
        .findFirst()
        .orElseThrow(
            () ->
                new IllegalStateException(
                    "No block of free ports between "
                        + LOWEST
                        + " and "
                        + (LOWEST + BLOCKS * 100)));
  }

  int debugger() {
    return base + 9;
  }

  int iiop() {
    return base + 37;
  }

  int iiopSsl() {
    return base + 38;
  }

  int iiopMutualAuth() {
    return base + 39;
  }

  int admin() {
    return base + 48;
  }

  int hazelcastDas() {
    return base + 49;
  }

  int hazelcastStart() {
    return base + 59;
  }

  int osgiShell() {
    return base + 66;
  }

  int jms() {
    return base + 76;
  }

  int http() {
    return base + 80;
  }

  int https() {
    return base + 81;
  }

  int jmx() {
    return base + 86;
  }

  private boolean isFree() {
    return IntStream.of(USED_OFFSETS).allMatch(offset -> canBind(base + offset));
  }

  private static boolean canBind(int port) {
    try (ServerSocket socket = new ServerSocket()) {
      socket.setReuseAddress(false);
      socket.bind(new InetSocketAddress(port));
      return true;
    } catch (IOException e) {
      return false;
    }
  }
}
