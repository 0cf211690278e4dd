package io.hashwatch.commander.alerts;

import io.hashwatch.commander.storage.DatabaseServer;

class FarmFactsReaderPostgresTest extends FarmFactsReaderScenarios {

  @Override
  DatabaseServer startServer() throws Exception {
    return DatabaseServer.postgres();
  }
}
