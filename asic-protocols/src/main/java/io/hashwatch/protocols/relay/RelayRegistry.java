package io.hashwatch.protocols.relay;

import io.hashwatch.protocols.relay.modbus.ModbusRelayDriver;
import io.hashwatch.protocols.relay.shelly1.ShellyGen1Driver;
import io.hashwatch.protocols.relay.shelly2.ShellyGen2Driver;
import io.hashwatch.protocols.relay.tasmota.TasmotaDriver;

/** The driver of each relay kind. Adding a relay family is a package and one line here. */
public final class RelayRegistry {

  private RelayRegistry() {}

  public static RelayDriver driverFor(RelayTarget target) {
    return switch (target.kind()) {
      case SHELLY1 -> new ShellyGen1Driver(target);
      case SHELLY2 -> new ShellyGen2Driver(target);
      case TASMOTA -> new TasmotaDriver(target);
      case MODBUS -> new ModbusRelayDriver(target);
    };
  }

  /** The driver for a relay URL such as {@code shelly1://10.0.0.5/0}; see {@link RelayUrl}. */
  public static RelayDriver driverFor(String url) {
    return driverFor(RelayUrl.parse(url));
  }
}
