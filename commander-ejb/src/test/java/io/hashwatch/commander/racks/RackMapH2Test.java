package io.hashwatch.commander.racks;

import io.hashwatch.commander.storage.DatabaseServer;

class RackMapH2Test extends RackMapScenarios {

  @Override
  DatabaseServer startServer() {
    return DatabaseServer.h2();
  }
}
