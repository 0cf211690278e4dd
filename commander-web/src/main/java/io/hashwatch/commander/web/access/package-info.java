/**
 * Who may call what: every resource method names who it is for ({@link
 * io.hashwatch.commander.web.access.Allowed} people with a role, or {@link
 * io.hashwatch.commander.web.access.SentryOnly} the sentry in the path), and a method that names
 * nobody is refused. People use HTTP Basic (RFC 7617), sentries a bearer token (RFC 6750).
 */
package io.hashwatch.commander.web.access;
