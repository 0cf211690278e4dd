package io.hashwatch.commander.fleet;

import io.hashwatch.commander.storage.DatabaseServer;

class DeviceRowsPostgresTest extends DeviceRowsScenarios {

  @Override
  DatabaseServer startServer() throws Exception {
    return DatabaseServer.postgres();
  }
}
