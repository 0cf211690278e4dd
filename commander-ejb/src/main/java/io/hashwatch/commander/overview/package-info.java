/**
 * The farm at a glance: totals per algorithm, power and efficiency, devices per status and site,
 * and the 24-hour series of the farm's hashrate and power (docs/UI.md, "Overview").
 */
package io.hashwatch.commander.overview;
