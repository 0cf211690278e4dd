package io.hashwatch.commander.telemetry;

import io.hashwatch.commander.storage.DatabaseServer;

class ReadingStoreH2Test extends ReadingStoreScenarios {

  @Override
  DatabaseServer startServer() {
    return DatabaseServer.h2();
  }
}
