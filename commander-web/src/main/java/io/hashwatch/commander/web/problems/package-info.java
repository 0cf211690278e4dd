/**
 * Errors as RFC 9457 problem details ({@code application/problem+json}), each mapped from an
 * exception type, so that a client always learns what was wrong and, for a bad field, which.
 */
package io.hashwatch.commander.web.problems;
