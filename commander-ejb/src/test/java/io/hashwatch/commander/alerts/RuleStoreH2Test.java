package io.hashwatch.commander.alerts;

import io.hashwatch.commander.storage.DatabaseServer;

class RuleStoreH2Test extends RuleStoreScenarios {

  @Override
  DatabaseServer startServer() {
    return DatabaseServer.h2();
  }
}
