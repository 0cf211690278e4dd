package io.hashwatch.commander.overview;

import io.hashwatch.commander.storage.DatabaseServer;

class OverviewPostgresTest extends OverviewScenarios {

  @Override
  DatabaseServer startServer() throws Exception {
    return DatabaseServer.postgres();
  }
}
