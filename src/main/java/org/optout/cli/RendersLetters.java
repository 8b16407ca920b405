package org.optout.cli;

/**
 * Marks a command that renders letters: the command line starts the letters' one-time set-up on a second thread
 * ({@link org.optout.pdf.PdfWarmUp}) as soon as it knows that command runs, before it builds the command.
 */
interface RendersLetters {
}
