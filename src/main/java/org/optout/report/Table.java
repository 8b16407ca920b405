package org.optout.report;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;

/**
 * An HTML table built row by row: a header row, then rows whose first cell names the row (a row header) and whose
 * other cells are figures, aligned right. Every cell is text, escaped by jsoup.
 */
final class Table {
    private final List<String> headers;
    private final List<List<String>> rows = new ArrayList<>();

    Table(List<String> headers) {
        this.headers = List.copyOf(headers);
    }

    void row(List<String> cells) {
        if (cells.size() != headers.size()) {
            throw new IllegalArgumentException(cells.size() + " cells for " + headers.size() + " columns");
        }
        rows.add(List.copyOf(cells));
    }

    /** Appends the table to {@code parent}; with no row, one row spanning all columns says {@code empty}. */
    void appendTo(Element parent, String caption, String empty) {
        Element table = parent.appendElement("table");
        table.appendElement("caption").text(caption);
        Element head = table.appendElement("thead").appendElement("tr");
        for (int i = 0; i < headers.size(); i++) {
            head.appendElement("th").attr("scope", "col").attr("class", i == 0 ? "name" : "n").text(headers.get(i));
        }
        Element body = table.appendElement("tbody");
        if (rows.isEmpty()) {
            body.appendElement("tr").appendElement("td").attr("colspan", String.valueOf(headers.size()))
                    .attr("class", "empty").text(empty);
        }
        for (List<String> cells : rows) {
            Element tr = body.appendElement("tr");
            tr.appendElement("th").attr("scope", "row").attr("class", "name").text(cells.get(0));
            for (String cell : cells.subList(1, cells.size())) {
                tr.appendElement("td").attr("class", "n").text(cell);
            }
        }
    }
}
