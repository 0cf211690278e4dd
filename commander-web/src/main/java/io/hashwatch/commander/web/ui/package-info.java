/**
 * What every page of the operator UI shares: the formatting of figures ({@link
 * io.hashwatch.commander.web.ui.Format}). The pages are in src/main/webapp (template
 * WEB-INF/templates/page.xhtml, pages under app/), their beans in the package of their business
 * component.
 */
package io.hashwatch.commander.web.ui;
