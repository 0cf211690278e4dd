package io.hashwatch.commander.fleet;

import io.hashwatch.commander.storage.DatabaseServer;

class DeviceRowsH2Test extends DeviceRowsScenarios {

  @Override
  DatabaseServer startServer() throws Exception {
    return DatabaseServer.h2();
  }
}
