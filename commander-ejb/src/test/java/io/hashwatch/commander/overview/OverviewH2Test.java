package io.hashwatch.commander.overview;

import io.hashwatch.commander.storage.DatabaseServer;

class OverviewH2Test extends OverviewScenarios {

  @Override
  DatabaseServer startServer() throws Exception {
    return DatabaseServer.h2();
  }
}
