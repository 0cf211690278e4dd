package io.hashwatch.commander.access;

import io.hashwatch.commander.storage.DatabaseServer;

class UserDirectoryPostgresTest extends UserDirectoryScenarios {

  @Override
  DatabaseServer startServer() throws Exception {
    return DatabaseServer.postgres();
  }
}
