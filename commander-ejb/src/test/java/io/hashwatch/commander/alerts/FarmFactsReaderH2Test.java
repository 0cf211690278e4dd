package io.hashwatch.commander.alerts;

import io.hashwatch.commander.storage.DatabaseServer;

class FarmFactsReaderH2Test extends FarmFactsReaderScenarios {

  @Override
  DatabaseServer startServer() {
    return DatabaseServer.h2();
  }
}
