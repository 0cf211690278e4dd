package io.hashwatch.commander.storage;

/**
 * The database failed or could not be reached. Unchecked, so that the container rolls the whole
 * transaction back and nothing of a half-written batch stays.
 */
public class StorageException extends RuntimeException {

  public StorageException(String message, Throwable cause) {
    super(message, cause);
  }
}
