package io.hashwatch.commander.telemetry;

import io.hashwatch.commander.storage.DatabaseServer;

class PollFailuresPostgresTest extends PollFailuresScenarios {

  @Override
  DatabaseServer startServer() throws Exception {
    return DatabaseServer.postgres();
  }
}
