/** Objection letters: the template model, FreeMarker templates, and writing the PDF and text files. */
package org.optout.letter;
