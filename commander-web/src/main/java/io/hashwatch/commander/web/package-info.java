/**
 * The commander's HTTP face: the REST API under {@code /api/v1} (docs/API.md). Resources validate,
 * convert and delegate to commander-ejb; they hold no business rules.
 */
package io.hashwatch.commander.web;
