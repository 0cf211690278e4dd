/** The farm overview page (app/overview.xhtml; docs/UI.md, "Overview"). */
package io.hashwatch.commander.web.overview;
