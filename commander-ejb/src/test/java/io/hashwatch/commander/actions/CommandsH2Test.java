package io.hashwatch.commander.actions;

import io.hashwatch.commander.storage.DatabaseServer;

class CommandsH2Test extends CommandScenarios {

  @Override
  DatabaseServer startServer() {
    return DatabaseServer.h2();
  }
}
