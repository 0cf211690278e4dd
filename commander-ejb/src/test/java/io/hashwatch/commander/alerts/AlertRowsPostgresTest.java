package io.hashwatch.commander.alerts;

import io.hashwatch.commander.storage.DatabaseServer;

class AlertRowsPostgresTest extends AlertRowsScenarios {

  @Override
  DatabaseServer startServer() throws Exception {
    return DatabaseServer.postgres();
  }
}
