package io.hashwatch.sentry.host;

import io.hashwatch.protocols.reading.Host;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The network interfaces' byte counters from {@code /proc/net/dev} (proc(5)): one small file for
 * every interface, where OSHI reads a dozen sysfs files per interface and asks the JDK to list
 * them. The loopback interface is left out.
 */
final class NetworkCounters {
  private static final String LOOPBACK = "lo";

  /** After the name: 8 receive counters, bytes first, then 8 transmit counters, bytes first. */
  private static final int RECEIVED = 0;

  private static final int SENT = 8;

  private final Path dev;

  NetworkCounters(Path dev) {
    this.dev = dev;
  }

  List<Host.NetworkLink> read(List<String> problems) {
    List<String> lines;
    try {
      lines = Files.readAllLines(dev);
    } catch (IOException | RuntimeException e) {
      problems.add("network: cannot read " + dev + ": " + e.getMessage());
      return List.of();
    }
    List<Host.NetworkLink> links = new ArrayList<>();
    int more = 0;
    for (String line : lines) {
      int colon = line.indexOf(':');
      if (colon < 0) {
        continue; // the two header lines
      }
      String name = line.substring(0, colon).strip();
      String[] counters = line.substring(colon + 1).strip().split("\\s+");
      if (name.equals(LOOPBACK) || name.isEmpty() || counters.length <= SENT) {
        continue;
      }
      if (links.size() == Host.MAX_LINKS) {
        more++;
        continue;
      }
      try {
        links.add(
            new Host.NetworkLink(
                name, Long.parseLong(counters[RECEIVED]), Long.parseLong(counters[SENT])));
      } catch (IllegalArgumentException e) {
        problems.add("network: " + name + ": unreadable counters in " + dev);
      }
    }
    if (more > 0) {
      problems.add(
          "network: "
              + more
              + " more interfaces are not reported (at most "
              + Host.MAX_LINKS
              + ")");
    }
    return links;
  }
}
