package io.hashwatch.commander.notify;

import io.hashwatch.commander.storage.DatabaseServer;

class DeliveryPostgresTest extends DeliveryScenarios {

  @Override
  DatabaseServer startServer() throws Exception {
    return DatabaseServer.postgres();
  }
}
