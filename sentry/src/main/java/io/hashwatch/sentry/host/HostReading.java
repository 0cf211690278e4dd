package io.hashwatch.sentry.host;

import io.hashwatch.protocols.reading.Host;
import java.util.List;
import java.util.Objects;

/**
 * The rig's machine at one moment: what goes into the rig's own reading.
 *
 * @param fansRpm the fans the kernel exposes; empty where none is
 * @param uptimeS seconds since the machine started
 * @param problems what could not be read, in words
 */
public record HostReading(Host host, List<Integer> fansRpm, Long uptimeS, List<String> problems) {

  public HostReading {
    Objects.requireNonNull(host, "host");
    fansRpm = List.copyOf(fansRpm);
    problems = List.copyOf(problems);
  }
}
