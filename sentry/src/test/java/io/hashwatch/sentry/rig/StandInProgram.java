package io.hashwatch.sentry.rig;

import io.hashwatch.protocols.miner.ActionResult;
import io.hashwatch.protocols.reading.NoData;
import io.hashwatch.protocols.reading.PollResult;
import io.hashwatch.sentry.programs.ProgramAdapter;
import io.hashwatch.sentry.programs.ProgramEndpoint;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * An adapter for command tests, standing in for a program's API: {@code pausing} answers stop and
 * start with what it is given and records each call, {@code plain} has neither call (the
 * interface's defaults).
 */
final class StandInProgram implements ProgramAdapter {
  private final String type;
  private final ActionResult stop;
  private final ActionResult start;
  final List<String> calls = new CopyOnWriteArrayList<>();

  private StandInProgram(String type, ActionResult stop, ActionResult start) {
    this.type = type;
    this.stop = stop;
    this.start = start;
  }

  static StandInProgram pausing(ActionResult stop, ActionResult start) {
    return new StandInProgram("xmrig", stop, start);
  }

  static StandInProgram plain() {
    return new StandInProgram("t-rex", null, null);
  }

  @Override
  public String type() {
    return type;
  }

  @Override
  public List<Integer> defaultPorts() {
    return List.of();
  }

  @Override
  public PollResult poll(ProgramEndpoint endpoint, Duration timeout) {
    return new NoData(List.of("a stand-in has no readings"));
  }

  @Override
  public ActionResult stopMining(ProgramEndpoint endpoint, Duration timeout) {
    calls.add("stop " + endpoint.name());
    return stop == null ? ProgramAdapter.super.stopMining(endpoint, timeout) : stop;
  }

  @Override
  public ActionResult startMining(ProgramEndpoint endpoint, Duration timeout) {
    calls.add("start " + endpoint.name());
    return start == null ? ProgramAdapter.super.startMining(endpoint, timeout) : start;
  }
}
