package io.hashwatch.commander.telemetry;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The devices this node has stored, so that a batch of known devices costs no lookup. Only
 * committed rows may enter: the ingest adds what a transaction learned after it commits.
 */
@ApplicationScoped
public class DeviceCache {
  private final Map<DeviceKey, DeviceRef> devices = new ConcurrentHashMap<>();

  DeviceRef get(DeviceKey key) {
    return devices.get(key);
  }

  void putAll(Map<DeviceKey, DeviceRef> committed) {
    devices.putAll(committed);
  }
}
