package org.dendrite.kernel.install;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.dendrite.kernel.engine.ReusedJavac;

/**
 * Writes the {@code dendrite} kernelspec: {@code kernel.json}, the logos, and a {@code lib/}
 * folder with the kernel and every jar it needs, so that {@code import org.dendrite.*;} works in
 * the first cell.
 */
public final class KernelInstaller {

    public static final String USAGE = """
            Usage: java -jar dendrite-kernel.jar install [--user | --sys-prefix | --prefix DIR]
                   [--name NAME] [--display-name TEXT] [--java PATH] [--jvm-option OPTION]...
                   [--memory SIZE] [--imports 'java.util.*,org.dendrite.*'] [--chart-formats png,svg]

              --user          into the user's Jupyter data dir (the default; $JUPYTER_DATA_DIR wins)
              --sys-prefix    into the active Python environment ($VIRTUAL_ENV or $CONDA_PREFIX)
              --prefix DIR    into DIR/share/jupyter/kernels
              --name          the kernelspec's name (default dendrite)
              --java          the java that runs the kernel (default: the one running this)
              --jvm-option    an extra JVM option for the kernel, such as -Xmx2g (repeatable)
              --memory        what the whole kernel process may use, such as 2g: sets the Java heap
                              and ND4J's off-heap limits, so too big a tensor fails in its cell
              --imports       the imports every notebook starts with
              --chart-formats png (default) or png,svg
            """;

    private final Path kernelsDir;
    private final String name;
    private final String displayName;
    private final String java;
    private final List<String> jvmOptions;
    private final Map<String, String> env;

    KernelInstaller(Path kernelsDir, String name, String displayName, String java, List<String> jvmOptions,
                    Map<String, String> env) {
        this.kernelsDir = kernelsDir;
        this.name = name;
        this.displayName = displayName;
        this.java = java;
        this.jvmOptions = List.copyOf(jvmOptions);
        this.env = Map.copyOf(env);
    }

    /** An installer for the command-line options in {@link #USAGE}. */
    public static KernelInstaller fromArguments(String... args) {
        Path kernels = userKernelsDir(System.getenv());
        String name = "dendrite";
        String displayName = "Java (Dendrite)";
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> jvmOptions = new ArrayList<>(List.of("-Djava.awt.headless=true", "-Dfile.encoding=UTF-8",
                "-XX:+UseSerialGC"));
        Map<String, String> env = new TreeMap<>();
        // OpenMP threads of ND4J sleep between parallel regions instead of spinning: on a machine
        // shared with other work (a class on one Binder or JupyterHub node) spinning made every
        // small tensor operation ten times slower.
        env.put("OMP_WAIT_POLICY", "PASSIVE");
        for (int i = 0; i < args.length; i++) {
            String option = args[i];
            switch (option) {
                case "--user" -> kernels = userKernelsDir(System.getenv());
                case "--sys-prefix" -> kernels = sysPrefix().resolve("share/jupyter/kernels");
                case "--prefix" -> kernels = Path.of(value(args, ++i, option)).toAbsolutePath().resolve("share/jupyter/kernels");
                case "--name" -> name = value(args, ++i, option);
                case "--display-name" -> displayName = value(args, ++i, option);
                case "--java" -> java = value(args, ++i, option);
                case "--jvm-option" -> jvmOptions.add(value(args, ++i, option));
                case "--memory" -> {
                    jvmOptions.addAll(MemoryBudget.parse(value(args, ++i, option)).jvmOptions());
                    // glibc keeps freed native memory in one arena per thread; two keep the kernel in budget
                    env.put("MALLOC_ARENA_MAX", "2");
                }
                case "--imports" -> env.put("DENDRITE_IMPORTS", value(args, ++i, option));
                case "--chart-formats" -> env.put("DENDRITE_CHART_FORMATS", value(args, ++i, option));
                default -> throw new IllegalArgumentException("Unknown option '" + option + "'\n" + USAGE);
            }
        }
        if (!name.matches("[A-Za-z0-9._-]+")) {
            throw new IllegalArgumentException("Kernel name '" + name + "' may hold only letters, digits, '.', '_' and '-'");
        }
        return new KernelInstaller(kernels, name, displayName, java, jvmOptions, env);
    }

    /** Installs the kernelspec, replacing an earlier one of the same name; returns its folder. */
    public Path install() {
        Path dir = kernelsDir.resolve(name);
        Path lib = dir.resolve("lib");
        try {
            deleteRecursively(dir);
            Files.createDirectories(lib);
            for (Path jar : kernelClassPath()) {
                Files.copy(jar, lib.resolve(jar.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
            Files.writeString(dir.resolve("kernel.json"), kernelJson(lib));
            for (String logo : List.of("logo-32x32.png", "logo-64x64.png")) {
                try (InputStream in = KernelInstaller.class.getResourceAsStream(logo)) {
                    Files.copy(in, dir.resolve(logo));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot install the kernel into " + dir + ": " + e.getMessage(), e);
        }
        return dir;
    }

    String kernelJson(Path lib) {
        JsonArray argv = new JsonArray();
        argv.add(java);
        ReusedJavac.JVM_OPTIONS.forEach(argv::add);
        jvmOptions.forEach(argv::add);
        argv.add("-cp");
        argv.add(lib.toAbsolutePath() + File.separator + "*");
        argv.add("org.dendrite.kernel.KernelMain");
        argv.add("{connection_file}");
        JsonObject spec = new JsonObject();
        spec.add("argv", argv);
        spec.addProperty("display_name", displayName);
        spec.addProperty("language", "java");
        spec.addProperty("interrupt_mode", "message");
        JsonObject environment = new JsonObject();
        env.forEach(environment::addProperty);
        spec.add("env", environment);
        JsonObject metadata = new JsonObject();
        metadata.addProperty("debugger", false);
        spec.add("metadata", metadata);
        return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(spec) + "\n";
    }

    /**
     * The jars the kernel runs with: this jar and the {@code lib/} folder beside it when run with
     * {@code java -jar}, else the entries of this JVM's class path.
     */
    static List<Path> kernelClassPath() throws IOException {
        Path self;
        try {
            self = Path.of(KernelInstaller.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IOException("Cannot locate the kernel jar", e);
        }
        Path libBeside = self.resolveSibling("lib");
        List<Path> jars = new ArrayList<>();
        if (Files.isRegularFile(self) && Files.isDirectory(libBeside)) {
            jars.add(self);
            try (Stream<Path> files = Files.list(libBeside)) {
                files.filter(f -> f.toString().endsWith(".jar")).sorted().forEach(jars::add);
            }
            return jars;
        }
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            Path path = Path.of(entry);
            if (Files.isRegularFile(path) && entry.endsWith(".jar")) {
                jars.add(path);
            } else if (Files.isDirectory(path)) {
                throw new IOException("Cannot install from the class folder " + path
                        + ": build with 'mvn package' and run java -jar kernel/target/dendrite-kernel.jar install");
            }
        }
        return jars;
    }

    static Path userKernelsDir(Map<String, String> env) {
        if (env.get("JUPYTER_DATA_DIR") != null) {
            return Path.of(env.get("JUPYTER_DATA_DIR"), "kernels");
        }
        // $HOME first, as Jupyter reads it (Python's expanduser), then Java's idea of it.
        String home = env.getOrDefault("HOME", System.getProperty("user.home"));
        if (System.getProperty("os.name").toLowerCase().contains("mac")) {
            return Path.of(home, "Library", "Jupyter", "kernels");
        }
        String xdg = env.get("XDG_DATA_HOME");
        return Path.of(xdg != null ? xdg : home + "/.local/share", "jupyter", "kernels");
    }

    private static Path sysPrefix() {
        for (String variable : List.of("VIRTUAL_ENV", "CONDA_PREFIX")) {
            if (System.getenv(variable) != null) {
                return Path.of(System.getenv(variable));
            }
        }
        throw new IllegalArgumentException("--sys-prefix needs an active Python environment ($VIRTUAL_ENV or $CONDA_PREFIX); "
                + "use --prefix DIR with DIR the environment's sys.prefix instead");
    }

    private static String value(String[] args, int index, String option) {
        if (index >= args.length) {
            throw new IllegalArgumentException("Option " + option + " needs a value");
        }
        return args[index];
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
