package io.hashwatch.commander.access;

import io.hashwatch.commander.storage.DatabaseServer;

class UserDirectoryH2Test extends UserDirectoryScenarios {

  @Override
  DatabaseServer startServer() {
    return DatabaseServer.h2();
  }
}
