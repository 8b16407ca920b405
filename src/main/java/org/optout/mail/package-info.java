/** Sending letters by email: SMTP settings and a Jakarta Mail sender. */
package org.optout.mail;
