/** The picocli edge: thin commands that parse options, call one service and print its result. */
package org.optout.cli;
