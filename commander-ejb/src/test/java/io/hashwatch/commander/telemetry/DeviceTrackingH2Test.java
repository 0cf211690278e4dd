package io.hashwatch.commander.telemetry;

import io.hashwatch.commander.storage.DatabaseServer;

class DeviceTrackingH2Test extends DeviceTrackingScenarios {

  @Override
  DatabaseServer startServer() {
    return DatabaseServer.h2();
  }
}
