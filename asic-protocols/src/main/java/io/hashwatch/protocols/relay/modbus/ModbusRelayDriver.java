package io.hashwatch.protocols.relay.modbus;

import io.hashwatch.protocols.relay.RelayDriver;
import io.hashwatch.protocols.relay.RelayResult;
import io.hashwatch.protocols.relay.RelayState;
import io.hashwatch.protocols.relay.RelayTarget;
import io.hashwatch.protocols.transport.DeviceException;

/** Switches one coil of a Modbus TCP relay board. */
public final class ModbusRelayDriver implements RelayDriver {
  private final RelayTarget target;
  private final ModbusTcpClient client;

  public ModbusRelayDriver(RelayTarget target) {
    this.target = target;
    this.client =
        new ModbusTcpClient(
            target.host(),
            target.port(),
            target.timing().connectTimeout(),
            target.timing().replyTimeout());
  }

  @Override
  public RelayTarget target() {
    return target;
  }

  @Override
  public RelayResult on() {
    return RelayResult.attempt("switching on", () -> write(true));
  }

  @Override
  public RelayResult off() {
    return RelayResult.attempt("switching off", () -> write(false));
  }

  @Override
  public RelayResult state() {
    return RelayResult.attempt(
        "reading the state", () -> RelayState.of(client.readCoil(target.unit(), target.channel())));
  }

  /** The echo of Write Single Coil confirms the coil's new value. */
  private RelayState write(boolean on) throws DeviceException {
    client.writeSingleCoil(target.unit(), target.channel(), on);
    return RelayState.of(on);
  }
}
