/**
 * The {@code sentry} command line (picocli): one subcommand class per verb. Exit codes follow the
 * BSD sysexits spirit in three values: 0 done, 1 the commander refused or could not be reached, 2
 * the command line or an input file is wrong. Only this package writes to the terminal.
 */
package io.hashwatch.sentry.cli;
