package org.dendrite.kernel.magic;

import java.util.List;
import java.util.Optional;
import org.dendrite.kernel.docs.LibraryDocs;
import org.dendrite.kernel.docs.MemberDoc;
import org.dendrite.kernel.docs.PackageDoc;
import org.dendrite.kernel.docs.TypeDoc;
import org.dendrite.kernel.engine.CellOutcome;

/**
 * {@code %help}: a cheat sheet of the library, made from the Javadoc of the packages and public
 * classes found on the class path (so it grows with the library); {@code %help Tensor} shows one
 * class and its public methods.
 */
final class HelpMagic implements Magic {

    /** How an internal package's Javadoc starts (a backend, CUDA plumbing): the cheat sheet leaves those out. */
    private static final String INTERNAL = "Internal:";

    private static final String ROOT = "org.dendrite";

    private final LibraryDocs docs;

    HelpMagic(LibraryDocs docs) {
        this.docs = docs;
    }

    @Override
    public List<String> names() {
        return List.of("%help");
    }

    @Override
    public String summary() {
        return "%help: the library's packages and classes; %help CLASS: one class and its methods";
    }

    @Override
    public CellOutcome run(String name, String arguments, String body, MagicContext context) {
        List<PackageDoc> packages = docs.packages(ROOT);
        if (arguments.isEmpty()) {
            return shown(cheatSheet(packages));
        }
        Optional<TypeDoc> type = docs.type(arguments).or(() -> packages.stream()
                .flatMap(p -> p.types().stream()).filter(t -> t.simpleName().equals(arguments)).findFirst());
        return type.map(t -> shown(classSheet(t)))
                .orElseGet(() -> MagicErrors.failure("UnknownClass", "No class " + arguments + " in the library;"
                        + " %help lists its classes"));
    }

    private static CellOutcome shown(String markdown) {
        return new CellOutcome.Success(new MimeText("text/markdown", markdown), true);
    }

    private static String cheatSheet(List<PackageDoc> packages) {
        StringBuilder text = new StringBuilder("## Dendrite\n\n`%help Tensor` shows a class; Shift+Tab after a name"
                + " shows its Javadoc; Tab completes; `%lsmagic` lists the magics.\n");
        for (PackageDoc pack : packages) {
            if (pack.types().isEmpty() || pack.summary().startsWith(INTERNAL)) {
                continue;
            }
            text.append("\n### ").append(pack.name()).append("\n\n");
            if (!pack.summary().isEmpty()) {
                text.append(pack.summary()).append("\n\n");
            }
            for (TypeDoc type : pack.types()) {
                text.append("- `").append(type.simpleName()).append("`: ").append(type.summary()).append('\n');
            }
        }
        return text.toString();
    }

    private static String classSheet(TypeDoc type) {
        StringBuilder text = new StringBuilder("## ").append(type.name()).append("\n\n").append(type.summary()).append("\n\n");
        for (MemberDoc member : type.members()) {
            if (member.isPublic()) {
                text.append("- `").append(member.declaration()).append("`: ").append(member.summary()).append('\n');
            }
        }
        return text.toString();
    }
}
