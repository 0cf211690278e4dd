package io.hashwatch.commander.notify;

import io.hashwatch.commander.storage.DatabaseServer;

class OutboxPostgresTest extends OutboxScenarios {

  @Override
  DatabaseServer startServer() throws Exception {
    return DatabaseServer.postgres();
  }
}
