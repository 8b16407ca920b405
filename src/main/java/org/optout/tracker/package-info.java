/** The tracker: requests, their append-only events and evidence, kept in an embedded SQLite database. */
package org.optout.tracker;
