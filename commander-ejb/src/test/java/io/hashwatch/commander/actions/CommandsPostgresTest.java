package io.hashwatch.commander.actions;

import io.hashwatch.commander.storage.DatabaseServer;

class CommandsPostgresTest extends CommandScenarios {

  @Override
  DatabaseServer startServer() throws Exception {
    return DatabaseServer.postgres();
  }
}
