package io.hashwatch.commander.alerts;

import io.hashwatch.commander.storage.DatabaseServer;

class AlertBoardPostgresTest extends AlertBoardScenarios {

  @Override
  DatabaseServer startServer() throws Exception {
    return DatabaseServer.postgres();
  }
}
