package org.dendrite.kernel.magic;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dendrite.kernel.docs.LibraryDocs;
import org.dendrite.kernel.engine.CellOutcome;
import org.dendrite.kernel.engine.JShellEngine;
import org.dendrite.kernel.maven.ClassPathArtifacts;
import org.dendrite.kernel.maven.MavenResolver;

/**
 * The magics a kernel knows, and the runner of cells that hold them. A cell whose first line is
 * {@code %%name} is given whole to that magic; elsewhere a line {@code %name arguments} runs its
 * magic between the Java above it and the Java below, in order. Java keeps its cell line numbers.
 */
public final class Magics {

    private static final Pattern MAGIC_LINE = Pattern.compile("\\s*(%%?)([A-Za-z][\\w-]*)(.*)");
    private static final Pattern MAGIC_PREFIX = Pattern.compile("\\s*(%%?[\\w-]*)");

    private final Map<String, Magic> byName = new LinkedHashMap<>();
    private final List<Magic> magics = new ArrayList<>();

    /** A registry of {@code magics} and {@code %lsmagic}, which lists them. */
    public Magics(List<Magic> magics) {
        register(new LsMagic(this.magics));
        magics.forEach(this::register);
    }

    /**
     * The kernel's magics; {@code %maven} resolves with {@code maven}, and jars are added to
     * {@code bundledClassPath}, the class path the kernel started with.
     */
    public static Magics standard(MavenResolver maven, List<String> bundledClassPath) {
        ClassPathAdder adder = new ClassPathAdder(ClassPathArtifacts.ofKernel(bundledClassPath));
        List<Magic> magics = new ArrayList<>(List.of(new MavenMagic(maven, adder), new MavenRepoMagic(maven),
                new PomMagic(maven, adder), new ClasspathMagic(adder), new LoadMagic(),
                new TimeMagic(), new TimeitMagic(), new ShellMagic(), new DeviceMagic(),
                new HelpMagic(new LibraryDocs(Magics.class.getClassLoader()))));
        magics.addAll(DisplayCellMagic.all());
        return new Magics(magics);
    }

    private void register(Magic magic) {
        for (String name : magic.names()) {
            if (byName.putIfAbsent(name, magic) != null) {
                throw new IllegalArgumentException("Two magics are named " + name);
            }
        }
        magics.add(magic);
    }

    /** Every magic, in the order registered. */
    public List<Magic> all() {
        return List.copyOf(magics);
    }

    /** Whether the cell holds a magic line. */
    public static boolean hasMagic(String code) {
        return code.lines().anyMatch(line -> MAGIC_LINE.matcher(line).matches());
    }

    /** Runs a cell with execution count {@code cell}: its Java and its magics, stopping at the first failure. */
    public CellOutcome evaluate(JShellEngine engine, String code, int cell) {
        MagicContext context = new MagicContext(engine, cell);
        CellFunctions.enter(this, context);
        code = InlineMagics.rewrite(code);
        if (!hasMagic(code)) {
            return engine.evaluate(code, cell);
        }
        List<String> lines = code.lines().toList();
        int first = 0;
        while (lines.get(first).isBlank()) {
            first++;
        }
        Matcher head = MAGIC_LINE.matcher(lines.get(first));
        if (head.matches() && head.group(1).equals("%%")) {
            String body = String.join("\n", lines.subList(first + 1, lines.size()));
            return call("%%" + head.group(2), head.group(3).strip(), body, context);
        }
        StringBuilder java = new StringBuilder();
        boolean javaPending = false;
        CellOutcome last = new CellOutcome.Success(null, false);
        for (int i = 0; i < lines.size(); i++) {
            Matcher line = MAGIC_LINE.matcher(lines.get(i));
            if (!line.matches()) {
                java.append(lines.get(i)).append('\n');
                javaPending |= !lines.get(i).isBlank();
                continue;
            }
            if (line.group(1).equals("%%")) {
                return MagicErrors.failure("MagicUsageError", "%%" + line.group(2) + " (line " + (i + 1)
                        + ") is a cell magic: it must be the first line of its cell");
            }
            if (javaPending) {
                last = context.evaluate(java.toString());
                if (last instanceof CellOutcome.Failure) {
                    return last;
                }
            }
            java = new StringBuilder("\n".repeat(i + 1));
            javaPending = false;
            last = call("%" + line.group(2), line.group(3).strip(), "", context);
            if (last instanceof CellOutcome.Failure) {
                return last;
            }
        }
        return javaPending ? context.evaluate(java.toString()) : last;
    }

    /** Runs magic {@code name} ({@code %time}, {@code %%html}) with its arguments and body. */
    CellOutcome call(String name, String arguments, String body, MagicContext context) {
        Magic magic = byName.get(name);
        if (magic == null) {
            String other = name.startsWith("%%") ? name.substring(1) : "%" + name;
            String hint = byName.containsKey(other) ? "; did you mean " + other + "?" : "; %lsmagic lists the magics";
            return MagicErrors.failure("UnknownMagic", name + " is not a magic" + hint);
        }
        return magic.run(name, arguments, body, context);
    }

    /** Magic names that complete the {@code %...} word before {@code cursor} (a char index), if there is one. */
    public Optional<JShellEngine.Completion> complete(String code, int cursor) {
        int lineStart = code.lastIndexOf('\n', cursor - 1) + 1;
        Matcher word = MAGIC_PREFIX.matcher(code.substring(lineStart, cursor));
        if (!word.matches()) {
            return Optional.empty();
        }
        String prefix = word.group(1);
        List<String> matches = byName.keySet().stream().filter(name -> name.startsWith(prefix)).sorted().toList();
        return Optional.of(new JShellEngine.Completion(matches, lineStart + word.start(1), cursor));
    }

    /** Stops whatever a running magic started, such as a shell command. */
    public void interrupt() {
        magics.forEach(Magic::interrupt);
    }
}
