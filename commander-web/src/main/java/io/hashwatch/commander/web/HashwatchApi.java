package io.hashwatch.commander.web;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The REST API, documented in docs/API.md. */
@ApplicationPath("/api/v1")
public class HashwatchApi extends Application {}
