package io.hashwatch.commander.telemetry;

import io.hashwatch.commander.storage.DatabaseServer;

class PollFailuresH2Test extends PollFailuresScenarios {

  @Override
  DatabaseServer startServer() {
    return DatabaseServer.h2();
  }
}
