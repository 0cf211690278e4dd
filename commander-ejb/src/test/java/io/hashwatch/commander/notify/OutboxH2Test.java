package io.hashwatch.commander.notify;

import io.hashwatch.commander.storage.DatabaseServer;

class OutboxH2Test extends OutboxScenarios {

  @Override
  DatabaseServer startServer() {
    return DatabaseServer.h2();
  }
}
