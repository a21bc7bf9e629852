package org.dendrite.kernel.magic;

import java.util.List;
import org.dendrite.display.Display;
import org.dendrite.kernel.engine.CellOutcome;

/** {@code %%html}, {@code %%markdown}, {@code %%latex}, {@code %%svg}: shows the cell's text as that type. */
final class DisplayCellMagic implements Magic {

    private final String name;
    private final String mimeType;

    private DisplayCellMagic(String name, String mimeType) {
        this.name = name;
        this.mimeType = mimeType;
    }

    /** The four display cells. */
    static List<Magic> all() {
        return List.of(new DisplayCellMagic("html", "text/html"), new DisplayCellMagic("markdown", "text/markdown"),
                new DisplayCellMagic("latex", "text/latex"), new DisplayCellMagic("svg", "image/svg+xml"));
    }

    @Override
    public List<String> names() {
        return List.of("%%" + name);
    }

    @Override
    public String summary() {
        return "show the cell as " + mimeType;
    }

    @Override
    public CellOutcome run(String called, String arguments, String body, MagicContext context) {
        Display.display(new MimeText(mimeType, body));
        return new CellOutcome.Success(null, false);
    }
}
