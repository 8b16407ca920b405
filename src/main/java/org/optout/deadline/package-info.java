/** GDPR response deadlines: the one-month limit of art. 12(3) computed under Regulation 1182/71, with holidays. */
package org.optout.deadline;
