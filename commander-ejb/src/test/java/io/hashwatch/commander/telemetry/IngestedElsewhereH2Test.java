package io.hashwatch.commander.telemetry;

import io.hashwatch.commander.storage.DatabaseServer;

class IngestedElsewhereH2Test extends IngestedElsewhereScenarios {

  @Override
  DatabaseServer startServer() {
    return DatabaseServer.h2();
  }
}
