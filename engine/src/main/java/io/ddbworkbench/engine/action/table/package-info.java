/**
 * Reading, checking and rendering the parts of table definitions that the control-plane actions share.
 *
 * <p>Every request goes through three steps, in the service's order: the whole body is read into small
 * {@code *Spec} records (so a wrongly typed member is a SerializationException before anything else), the
 * specs are checked against the API model's constraints (the "N validation errors detected" messages, which
 * the service reports together), and then against the operation's own rules, which stop at the first
 * problem ("One or more parameter values were invalid: ...").
 */
package io.ddbworkbench.engine.action.table;
