package io.hashwatch.commander.web.telemetry;

import io.hashwatch.commander.telemetry.ReportIngest;
import io.hashwatch.commander.web.access.SentryOnly;
import io.hashwatch.commander.web.problems.RequestBodies;
import io.hashwatch.protocols.report.Report;
import io.hashwatch.protocols.report.ReportAnswer;
import io.hashwatch.protocols.report.ReportJson;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.InputStream;

/**
 * {@code POST /api/v1/sentries/{id}/reports}: one batch of a sentry's poll results, health and
 * command results; the answer carries the commands waiting for it.
 */
@Path("sentries/{id}/reports")
public class ReportsResource {
  /** Room for the largest batch (5,000 entries) of full readings. */
  static final int MAX_BODY_BYTES = 32 * 1024 * 1024;

  @Inject ReportIngest ingest;

  @POST
  @SentryOnly
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  public String receive(@PathParam("id") long sentryId, InputStream body) {
    Report report = ReportJson.parse(RequestBodies.json(body, MAX_BODY_BYTES));
    ReportAnswer answer = ingest.ingest(sentryId, report);
    return ReportJson.toJson(answer).toString();
  }
}
