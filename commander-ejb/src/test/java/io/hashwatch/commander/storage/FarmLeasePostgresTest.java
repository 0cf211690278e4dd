package io.hashwatch.commander.storage;

class FarmLeasePostgresTest extends FarmLeaseScenarios {

  @Override
  DatabaseServer startServer() throws Exception {
    return DatabaseServer.postgres();
  }
}
