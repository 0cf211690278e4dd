package io.hashwatch.commander.fleet;

import io.hashwatch.commander.storage.DatabaseServer;

class DeviceCountsPostgresTest extends DeviceCountsScenarios {

  @Override
  DatabaseServer startServer() throws Exception {
    return DatabaseServer.postgres();
  }
}
