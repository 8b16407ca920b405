/** Evidence the user brings: files checked for kind and size, replies read from their e-mail, then stored. */
package org.optout.evidence;
