package io.hashwatch.commander.web.problems;

import io.hashwatch.protocols.json.InvalidFieldException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A bad field in a request: 400, naming the field. */
@Provider
public class InvalidFieldMapper implements ExceptionMapper<InvalidFieldException> {

  @Override
  public Response toResponse(InvalidFieldException e) {
    return Problem.invalidField(e.field(), e.getMessage()).response().build();
  }
}
