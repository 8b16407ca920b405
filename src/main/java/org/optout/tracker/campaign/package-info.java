/**
 * The campaigns' tables in the tracker database: members, their documents and the send queue. Kept apart from
 * {@code org.optout.tracker} so that the tracker does not depend on the campaign package, which uses it.
 */
package org.optout.tracker.campaign;
