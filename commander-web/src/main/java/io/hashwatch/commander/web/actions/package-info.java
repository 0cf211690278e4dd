/**
 * The commands API: operators ask for a command to one device ({@code POST /api/v1/commands}) and
 * follow it; the sentry gets it with the answers to its report batches (docs/API.md).
 */
package io.hashwatch.commander.web.actions;
