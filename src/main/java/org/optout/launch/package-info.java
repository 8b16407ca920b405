/** Fast start: runs optout in a JVM tuned for a short command-line run, with a class-data archive. */
package org.optout.launch;
