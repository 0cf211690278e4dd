package io.hashwatch.protocols.json;

import jakarta.json.spi.JsonProvider;

/**
 * The JSON-P provider, looked up once. Every {@code jakarta.json.Json} call looks the provider up
 * again through the service loader, which cost about 0.3 ms a call here: too much for a builder per
 * reading on the ingest path.
 */
public final class CachedJsonProvider {
  public static final JsonProvider INSTANCE = JsonProvider.provider();

  private CachedJsonProvider() {}
}
