package io.hashwatch.commander.telemetry;

import io.hashwatch.commander.storage.DatabaseServer;

class ReadingStorePostgresTest extends ReadingStoreScenarios {

  @Override
  DatabaseServer startServer() throws Exception {
    return DatabaseServer.postgres();
  }
}
