/**
 * The watchdog in the API ({@code /api/v1/watchdog}) and on its page: its settings, edited by
 * admins, and the devices it is busy with. Its steps are commands in the action log, created by
 * {@code watchdog}.
 */
package io.hashwatch.commander.web.watchdog;
