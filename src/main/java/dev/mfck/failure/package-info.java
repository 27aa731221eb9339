/**
 * How the kit fails a scenario: one exception per verdict, each message stating the rule, what
 * it requires, what the session did (calls, HRESULTs, the event trace) and where to look.
 */
package dev.mfck.failure;
