package io.hashwatch.commander.telemetry;

import io.hashwatch.commander.storage.DatabaseServer;

class RetentionH2Test extends RetentionScenarios {

  @Override
  DatabaseServer startServer() {
    return DatabaseServer.h2();
  }
}
