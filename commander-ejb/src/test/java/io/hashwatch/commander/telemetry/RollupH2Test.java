package io.hashwatch.commander.telemetry;

import io.hashwatch.commander.storage.DatabaseServer;

class RollupH2Test extends RollupScenarios {

  @Override
  DatabaseServer startServer() {
    return DatabaseServer.h2();
  }
}
