package io.hashwatch.commander.web.problems;

import io.hashwatch.commander.fleet.DuplicateNameException;
import io.hashwatch.commander.racks.PlacementRefusedException;
import io.hashwatch.commander.storage.StorageException;
import io.hashwatch.commander.telemetry.UnknownSentryException;
import io.hashwatch.protocols.json.InvalidFieldException;
import jakarta.persistence.PersistenceException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.sql.SQLException;

/**
 * Every other failure, with the EJB container's wrapping taken off. A database failure is 503 with
 * Retry-After: the sentry keeps its data and sends it again; anything unforeseen is logged and 500.
 */
@Provider
public class FailureMapper implements ExceptionMapper<RuntimeException> {
  private static final System.Logger LOG = System.getLogger(FailureMapper.class.getName());
  private static final String RETRY_AFTER_S = "5";

  @Override
  public Response toResponse(RuntimeException e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof InvalidFieldException invalid) {
        return Problem.invalidField(invalid.field(), invalid.getMessage()).response().build();
      }
      if (cause instanceof DuplicateNameException duplicate) {
        return Problem.of("conflict", "Conflict", 409, duplicate.getMessage()).response().build();
      }
      if (cause instanceof PlacementRefusedException refused) {
        return Problem.of("conflict", "Conflict", 409, refused.getMessage()).response().build();
      }
      if (cause instanceof UnknownSentryException unknown) {
        return Problem.of("not-found", "Not Found", 404, unknown.getMessage()).response().build();
      }
      if (cause instanceof StorageException
          || cause instanceof SQLException
          || cause instanceof PersistenceException) {
        LOG.log(System.Logger.Level.WARNING, "Database unavailable: " + cause.getMessage(), e);
        return Problem.of(
                "storage-unavailable",
                "Service Unavailable",
                503,
                "the commander's database is unavailable; send again later")
            .response()
            .header("Retry-After", RETRY_AFTER_S)
            .build();
      }
    }
    LOG.log(System.Logger.Level.ERROR, "Unexpected failure", e);
    return Problem.of("internal", "Internal Server Error", 500, "an unexpected error; see the log")
        .response()
        .build();
  }
}
