package io.hashwatch.commander.web.problems;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Errors JAX-RS raises itself (no such path, wrong method, unsupported media type) keep their
 * status and get a problem body like every other error.
 */
@Provider
public class WebApplicationMapper implements ExceptionMapper<WebApplicationException> {

  @Override
  public Response toResponse(WebApplicationException e) {
    Response original = e.getResponse();
    Response.StatusType status = original.getStatusInfo();
    Response.ResponseBuilder problem =
        Problem.of(
                "http-" + status.getStatusCode(),
                status.getReasonPhrase(),
                status.getStatusCode(),
                e.getMessage() == null ? status.getReasonPhrase() : e.getMessage())
            .response();
    original.getHeaders().forEach((name, values) -> values.forEach(v -> problem.header(name, v)));
    return problem.type(Problem.MEDIA_TYPE).build();
  }
}
