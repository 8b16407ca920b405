/** The user's profile: the details that fill in letters, read from YAML or asked for in the terminal. */
package org.optout.profile;
