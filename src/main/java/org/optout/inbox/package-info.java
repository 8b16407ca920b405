/** Replies from controllers: read from the user's mailbox or imported, matched to requests, classified, kept. */
package org.optout.inbox;
