/**
 * Who may do what: people (users with a role, HTTP Basic for the API) and the first admin. Sentries
 * authenticate with their own bearer tokens, kept in {@code fleet}.
 */
package io.hashwatch.commander.access;
