/**
 * Alerts: rules over the fleet's latest facts, evaluated by a pure {@link
 * io.hashwatch.commander.alerts.RuleEngine} that turns conditions into opened and resolved alerts.
 * A condition must hold for its rule's sustain window before an alert opens and be gone for its
 * clear window before it resolves (hysteresis in time, as Prometheus' {@code for} and
 * Alertmanager's resolve timeout), so a flapping device gives one alert, not a storm. The engine
 * keeps no state of its own: its memory ({@link io.hashwatch.commander.alerts.Conditions}) goes in
 * and comes out with every evaluation, so whoever runs it decides where it lives and that one node
 * runs it at a time.
 */
package io.hashwatch.commander.alerts;
