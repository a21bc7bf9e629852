package org.dendrite.kernel.magic;

import java.util.List;
import org.dendrite.kernel.engine.CellOutcome;

/** {@code %lsmagic}: a table of every magic and what it does. */
final class LsMagic implements Magic {

    private final List<Magic> magics;

    /** Lists {@code magics}, a live list that the registry fills. */
    LsMagic(List<Magic> magics) {
        this.magics = magics;
    }

    @Override
    public List<String> names() {
        return List.of("%lsmagic");
    }

    @Override
    public String summary() {
        return "this table";
    }

    @Override
    public CellOutcome run(String name, String arguments, String body, MagicContext context) {
        StringBuilder table = new StringBuilder("| magic | what it does |\n| --- | --- |\n");
        for (Magic magic : magics) {
            table.append("| `").append(String.join("`, `", magic.names())).append("` | ")
                    .append(magic.summary().replace("|", "\\|")).append(" |\n");
        }
        return new CellOutcome.Success(new MimeText("text/markdown", table.toString()), true);
    }
}
