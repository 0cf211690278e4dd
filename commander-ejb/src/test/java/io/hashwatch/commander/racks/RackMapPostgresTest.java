package io.hashwatch.commander.racks;

import io.hashwatch.commander.storage.DatabaseServer;

class RackMapPostgresTest extends RackMapScenarios {

  @Override
  DatabaseServer startServer() throws Exception {
    return DatabaseServer.postgres();
  }
}
