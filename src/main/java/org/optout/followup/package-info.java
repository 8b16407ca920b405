/** Following requests up: listings, timelines, overdue requests with their next step, calendar export. */
package org.optout.followup;
