package io.hashwatch.commander.telemetry;

import io.hashwatch.commander.storage.DatabaseServer;

class RollupPostgresTest extends RollupScenarios {

  @Override
  DatabaseServer startServer() throws Exception {
    return DatabaseServer.postgres();
  }
}
