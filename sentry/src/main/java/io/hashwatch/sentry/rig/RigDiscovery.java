package io.hashwatch.sentry.rig;

import io.hashwatch.sentry.config.ProgramConfig;
import io.hashwatch.sentry.config.RigConfig;
import io.hashwatch.sentry.programs.ProgramAdapters;
import io.hashwatch.sentry.programs.ProgramDiscovery;
import io.hashwatch.sentry.programs.ProgramEndpoint;
import java.util.ArrayList;
import java.util.List;

/**
 * Looks for miner programs that are not configured on their default API ports on loopback, and adds
 * each one found to the rig's programs: a miner started by hand shows up without a config change. A
 * program found is watched from then on; one that stops answering stays, reported unreachable, as a
 * configured one would.
 */
final class RigDiscovery implements Runnable {
  private static final System.Logger LOG = System.getLogger(RigDiscovery.class.getName());

  private final String rig;
  private final ProgramAdapters adapters;
  private final RigPrograms programs;
  private final ProgramDiscovery discovery;

  private RigDiscovery(String rig, ProgramAdapters adapters, RigPrograms programs) {
    this.rig = rig;
    this.adapters = adapters;
    this.programs = programs;
    this.discovery = ProgramDiscovery.atDefaultPorts(adapters);
  }

  static Runnable of(RigConfig config, ProgramAdapters adapters, RigPrograms programs) {
    return new RigDiscovery(config.name(), adapters, programs);
  }

  @Override
  public void run() {
    List<ProgramEndpoint> watched =
        programs.all().stream().map(program -> program.config().endpoint()).toList();
    List<RigProgram> found = new ArrayList<>();
    for (ProgramEndpoint endpoint : discovery.find(watched)) {
      String type = endpoint.name().replaceFirst("-\\d+$", "");
      adapters
          .byType(type)
          .ifPresent(
              adapter ->
                  found.add(new RigProgram(ProgramConfig.discovered(type, endpoint), adapter)));
    }
    for (RigProgram program : programs.addFound(found)) {
      LOG.log(
          System.Logger.Level.INFO,
          "discovery: found {0} at {1}, reported as {2}",
          program.config().type(),
          program.config().endpoint().url(),
          program.address(rig));
    }
  }
}
