package io.hashwatch.commander.telemetry;

import io.hashwatch.commander.storage.DatabaseServer;

class IngestedElsewherePostgresTest extends IngestedElsewhereScenarios {

  @Override
  DatabaseServer startServer() throws Exception {
    return DatabaseServer.postgres();
  }
}
