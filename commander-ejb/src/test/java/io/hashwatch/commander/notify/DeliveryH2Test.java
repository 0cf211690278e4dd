package io.hashwatch.commander.notify;

import io.hashwatch.commander.storage.DatabaseServer;

class DeliveryH2Test extends DeliveryScenarios {

  @Override
  DatabaseServer startServer() {
    return DatabaseServer.h2();
  }
}
