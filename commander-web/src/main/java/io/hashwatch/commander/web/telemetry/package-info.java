/** The ingest API: sentries post batches of poll results and learn what is held. */
package io.hashwatch.commander.web.telemetry;
