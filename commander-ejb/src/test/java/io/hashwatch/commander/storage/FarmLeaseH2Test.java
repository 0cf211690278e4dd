package io.hashwatch.commander.storage;

class FarmLeaseH2Test extends FarmLeaseScenarios {

  @Override
  DatabaseServer startServer() {
    return DatabaseServer.h2();
  }
}
