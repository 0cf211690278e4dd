package io.hashwatch.commander.telemetry;

import io.hashwatch.commander.storage.DatabaseServer;

class RetentionPostgresTest extends RetentionScenarios {

  @Override
  DatabaseServer startServer() throws Exception {
    return DatabaseServer.postgres();
  }
}
