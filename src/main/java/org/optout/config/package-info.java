/** Where optout finds its bundled data and the user's files. */
package org.optout.config;
