package io.hashwatch.sentry.rig;

import io.hashwatch.sentry.config.ProgramConfig;
import io.hashwatch.sentry.programs.ProgramAdapters;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The programs a rig watches now: those configured, then those discovery found since, by their
 * device address {@code RIG/NAME}. Read by every sweep and command, added to by discovery.
 */
final class RigPrograms {
  private final String rig;
  private volatile List<RigProgram> programs;

  /**
   * @throws IllegalArgumentException when a configured program's type has no adapter
   */
  RigPrograms(String rig, List<ProgramConfig> configured, ProgramAdapters adapters) {
    this.rig = rig;
    List<RigProgram> programs = new ArrayList<>();
    for (ProgramConfig config : configured) {
      programs.add(
          new RigProgram(
              config,
              adapters
                  .byType(config.type())
                  .orElseThrow(
                      () ->
                          new IllegalArgumentException(
                              "[program "
                                  + config.name()
                                  + "]: no miner program "
                                  + config.type()
                                  + "; known: "
                                  + adapters.types()))));
    }
    this.programs = List.copyOf(programs);
  }

  List<RigProgram> all() {
    return programs;
  }

  Optional<RigProgram> at(String address) {
    return programs.stream().filter(p -> p.address(rig).equals(address)).findFirst();
  }

  /** Adds the programs found that are not watched yet (by name and by URL). */
  synchronized List<RigProgram> addFound(List<RigProgram> found) {
    List<RigProgram> next = new ArrayList<>(programs);
    List<RigProgram> added = new ArrayList<>();
    for (RigProgram program : found) {
      boolean known =
          next.stream()
              .anyMatch(
                  p ->
                      p.name().equals(program.name())
                          || p.config().endpoint().url().equals(program.config().endpoint().url()));
      if (!known) {
        next.add(program);
        added.add(program);
      }
    }
    programs = List.copyOf(next);
    return added;
  }
}
