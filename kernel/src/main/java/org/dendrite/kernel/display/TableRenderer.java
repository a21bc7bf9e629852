package org.dendrite.kernel.display;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import tech.tablesaw.api.Table;
import tech.tablesaw.io.html.HtmlWriteOptions;
import tech.tablesaw.io.html.HtmlWriter;

/** Tablesaw tables as an HTML table (first rows only for big tables) with a text fallback. */
public final class TableRenderer implements Renderer {

    static final int MAX_ROWS = 50;

    @Override
    public boolean accepts(Object value) {
        return value instanceof Table;
    }

    @Override
    public MimeBundle render(Object value) {
        Table table = (Table) value;
        Table shown = table.rowCount() > MAX_ROWS ? table.first(MAX_ROWS) : table;
        String more = table.rowCount() > MAX_ROWS
                ? String.format("%n… %,d more rows (%,d in all)", table.rowCount() - MAX_ROWS, table.rowCount())
                : "";
        StringWriter html = new StringWriter();
        try {
            new HtmlWriter().write(shown, HtmlWriteOptions.builder(html).escapeText(true).build());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write table " + table.name() + " as HTML", e);
        }
        String caption = table.name() == null || table.name().isEmpty() ? ""
                : "<div><strong>" + escape(table.name()) + "</strong></div>";
        String footer = more.isEmpty() ? "" : "<div>" + escape(more.strip()) + "</div>";
        return new MimeBundle()
                .with("text/html", caption + html + footer)
                .with("text/plain", shown.printAll() + more);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
