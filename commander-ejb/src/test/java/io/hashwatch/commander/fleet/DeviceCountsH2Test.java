package io.hashwatch.commander.fleet;

import io.hashwatch.commander.storage.DatabaseServer;

class DeviceCountsH2Test extends DeviceCountsScenarios {

  @Override
  DatabaseServer startServer() {
    return DatabaseServer.h2();
  }
}
