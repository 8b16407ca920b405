/** Sending objections by the platform's channel (email, web form, post, in-app setting) and keeping proof. */
package org.optout.sending;
