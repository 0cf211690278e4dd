package io.hashwatch.commander.alerts;

import io.hashwatch.commander.storage.DatabaseServer;

class RuleStorePostgresTest extends RuleStoreScenarios {

  @Override
  DatabaseServer startServer() throws Exception {
    return DatabaseServer.postgres();
  }
}
