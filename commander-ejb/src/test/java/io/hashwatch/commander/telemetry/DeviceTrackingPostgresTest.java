package io.hashwatch.commander.telemetry;

import io.hashwatch.commander.storage.DatabaseServer;

class DeviceTrackingPostgresTest extends DeviceTrackingScenarios {

  @Override
  DatabaseServer startServer() throws Exception {
    return DatabaseServer.postgres();
  }
}
