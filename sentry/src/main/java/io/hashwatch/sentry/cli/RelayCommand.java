package io.hashwatch.sentry.cli;

import io.hashwatch.protocols.relay.PowerCycle;
import io.hashwatch.protocols.relay.RelayDriver;
import io.hashwatch.protocols.relay.RelayRegistry;
import io.hashwatch.protocols.relay.RelayResult;
import io.hashwatch.protocols.relay.RelayState;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code sentry relay URL on|off|cycle|state}: switches one remote relay. */
@Command(
    name = "relay",
    mixinStandardHelpOptions = true,
    description = {
      "Switches a Remote Relay Controller: on, off, cycle (off, wait, on) or state.",
      "URL: shelly1://[user:pw@]host[:port][/relay], shelly2://[admin:pw@]host[/switch],"
          + " tasmota://[admin:pw@]host[/relay], modbus://host[:port]/[unit/U/]coil/C;"
          + " options ?off=10s&connect=3s&timeout=5s.",
      "Exits 0 when the relay ends in the state asked for (or its state was read), 1 when the"
          + " device failed or refused, 2 for a bad URL or action."
    })
final class RelayCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "URL", description = "The relay and its channel.")
  String url;

  @Parameters(index = "1", paramLabel = "ACTION", description = "on, off, cycle or state.")
  String action;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    RelayDriver relay;
    try {
      relay = RelayRegistry.driverFor(url);
    } catch (IllegalArgumentException e) {
      err.println("sentry relay: " + e.getMessage());
      return 2;
    }
    String where = relay.target().toString();
    switch (action) {
      case "on":
        return report(out, err, where, relay.on(), Boolean.TRUE);
      case "off":
        return report(out, err, where, relay.off(), Boolean.FALSE);
      case "state":
        return report(out, err, where, relay.state(), null);
      case "cycle":
        PowerCycle cycle = relay.powerCycle();
        (cycle.succeeded() ? out : err).println(where + ": " + cycle.describe());
        return cycle.succeeded() ? 0 : 1;
      default:
        err.println("sentry relay: the action is on, off, cycle or state, not '" + action + "'");
        return 2;
    }
  }

  private static int report(
      PrintWriter out, PrintWriter err, String where, RelayResult result, Boolean wanted) {
    if (result instanceof RelayState state && (wanted == null || state.on() == wanted)) {
      out.println(where + ": " + state.describe());
      return 0;
    }
    err.println(where + ": " + result.describe());
    return 1;
  }
}
