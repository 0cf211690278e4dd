/**
 * The users page, for admins: the farm's people and their roles, added, changed and deleted under
 * the rules of {@code access.UserRules} (the farm keeps an admin, nobody deletes himself).
 */
package io.hashwatch.commander.web.users;
