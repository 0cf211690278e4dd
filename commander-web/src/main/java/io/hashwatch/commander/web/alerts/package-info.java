/**
 * The alerts in the API ({@code /api/v1/alerts}, {@code /api/v1/alert-rules}, {@code
 * /api/v1/trusted-pools}, docs/API.md) and on the pages (app/alerts.xhtml, app/alert-rules.xhtml,
 * the nav's badge, docs/UI.md).
 */
package io.hashwatch.commander.web.alerts;
