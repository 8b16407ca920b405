package org.optout.campaign;

import org.optout.ui.Message;

/**
 * One bad row of the members file.
 *
 * @param line the physical line where the record starts (the header is line 1)
 * @param field the column at fault
 * @param problem what is wrong, to render in the interface language
 */
public record RowProblem(long line, String field, Message problem) {
}
