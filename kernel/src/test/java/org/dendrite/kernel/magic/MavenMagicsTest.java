package org.dendrite.kernel.magic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import javax.tools.ToolProvider;
import org.dendrite.kernel.engine.CellError;
import org.dendrite.kernel.engine.CellOutcome;
import org.dendrite.kernel.engine.JShellEngine;
import org.dendrite.kernel.maven.MavenResolver;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Maven magics on a real engine, with no network: artifacts come from Maven repositories the
 * test writes to a temporary folder (file URLs) and from the local ~/.m2 repository, which holds
 * the kernel's own dependencies. Each test uses artifacts of its own, as the class path only grows.
 */
class MavenMagicsTest {

    private static final List<String> CLASS_PATH = Arrays.asList(System.getProperty("java.class.path").split(File.pathSeparator));
    private static final Path USER_REPOSITORY = Path.of(System.getProperty("user.home"), ".m2", "repository");
    private static final String XCHART = bundledVersion("xchart");
    private static final String GSON = bundledVersion("gson");

    @TempDir
    static Path dir;
    private static Path repository;
    private static JShellEngine engine;
    private static Magics magics;
    private static int cell;
    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private PrintStream realOut;

    @BeforeAll
    static void startEngine() throws IOException {
        repository = Files.createDirectories(dir.resolve("repository"));
        engine = new JShellEngine(CLASS_PATH, List.of());
        MavenResolver resolver = new MavenResolver(dir.resolve("local"),
                List.of(repository.toUri().toString(), USER_REPOSITORY.toUri().toString()));
        magics = Magics.standard(resolver, CLASS_PATH);
    }

    @AfterAll
    static void closeEngine() {
        engine.close();
    }

    @BeforeEach
    void capture() {
        realOut = System.out;
        System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restore() {
        System.setOut(realOut);
    }

    /** The version of the jar named ARTIFACT-VERSION.jar on the test's class path, as the kernel bundles it. */
    private static String bundledVersion(String artifact) {
        return CLASS_PATH.stream().map(entry -> Path.of(entry).getFileName().toString())
                .filter(name -> name.matches(artifact + "-\\d[^-]*\\.jar"))
                .map(name -> name.substring(artifact.length() + 1, name.length() - ".jar".length()))
                .findFirst().orElseThrow(() -> new IllegalStateException(artifact + " is not on the class path"));
    }

    private String printed() {
        return printed.toString(StandardCharsets.UTF_8);
    }

    private static CellOutcome.Success success(String code) {
        CellOutcome outcome = magics.evaluate(engine, code, ++cell);
        return assertInstanceOf(CellOutcome.Success.class, outcome, outcome::toString);
    }

    private static CellError error(String code) {
        return assertInstanceOf(CellOutcome.Failure.class, magics.evaluate(engine, code, ++cell)).error();
    }

    /**
     * Publishes GROUP:ARTIFACT:VERSION to {@code into} in Maven's layout: a jar whose class
     * {@code PACKAGE.Version} says {@code version()}, and a POM with {@code dependencies} (GROUP:ARTIFACT:VERSION:SCOPE).
     */
    private static void publish(Path into, String coordinates, String... dependencies) throws IOException {
        String[] parts = coordinates.split(":");
        String group = parts[0];
        String artifact = parts[1];
        String version = parts[2];
        Path folder = Files.createDirectories(into.resolve(group.replace('.', '/')).resolve(artifact).resolve(version));
        String packageName = "demo." + artifact.replace('-', '_');
        Path sources = Files.createDirectories(dir.resolve("src-" + artifact + "-" + version));
        Path source = Files.writeString(sources.resolve("Version.java"), "package " + packageName + ";\n"
                + "public class Version { public static String version() { return \"" + artifact + " " + version + "\"; } }\n");
        Path classes = Files.createDirectories(dir.resolve("classes-" + artifact + "-" + version));
        assertEquals(0, ToolProvider.getSystemJavaCompiler().run(null, null, null, "-d", classes.toString(), source.toString()));
        try (OutputStream file = Files.newOutputStream(folder.resolve(artifact + "-" + version + ".jar"));
                JarOutputStream jar = new JarOutputStream(file)) {
            String entry = packageName.replace('.', '/') + "/Version.class";
            jar.putNextEntry(new JarEntry(entry));
            jar.write(Files.readAllBytes(classes.resolve(entry)));
            jar.closeEntry();
        }
        StringBuilder pom = new StringBuilder("<project><modelVersion>4.0.0</modelVersion><groupId>" + group
                + "</groupId><artifactId>" + artifact + "</artifactId><version>" + version + "</version><dependencies>");
        for (String dependency : dependencies) {
            String[] d = dependency.split(":");
            pom.append("<dependency><groupId>").append(d[0]).append("</groupId><artifactId>").append(d[1])
                    .append("</artifactId><version>").append(d[2]).append("</version><scope>").append(d[3])
                    .append("</scope></dependency>");
        }
        Files.writeString(folder.resolve(artifact + "-" + version + ".pom"), pom.append("</dependencies></project>").toString());
    }

    @Test
    void newArtifactIsAddedWithItsDependenciesAndUsable() throws IOException {
        publish(repository, "org.example:plotter:1.0", "org.example:palette:1.0:compile");
        publish(repository, "org.example:palette:1.0");

        success("%maven org.example:plotter:1.0");

        assertTrue(printed().contains("Added org.example:plotter:1.0 (plotter-1.0.jar)"), printed());
        assertTrue(printed().contains("Added org.example:palette:1.0 (palette-1.0.jar)"), printed());
        assertEquals("palette 1.0", success("demo.palette.Version.version()").value());
    }

    @Test
    void sameVersionAsBundledAddsNothingAndSaysSo() {
        success("%maven com.google.code.gson:gson:" + GSON);

        assertTrue(printed().contains("Already on the class path (bundled with the kernel): com.google.code.gson:gson:" + GSON), printed());
        assertTrue(printed().contains("Already on the class path (bundled with the kernel): com.google.errorprone:error_prone_annotations"),
                printed());
        assertTrue(printed().contains("Nothing added: cells use what was on the class path already."), printed());
        assertTrue(engine.addedClassPath().stream().noneMatch(path -> path.endsWith("gson-" + GSON + ".jar")), engine.addedClassPath()::toString);
    }

    @Test
    void olderVersionOfABundledArtifactNamesBothAndKeepsTheBundledOne() throws IOException {
        publish(repository, "org.knowm.xchart:xchart:3.5.2");

        success("%maven org.knowm.xchart:xchart:3.5.2");

        assertTrue(printed().contains("Not added: org.knowm.xchart:xchart:3.5.2 (xchart-3.5.2.jar). The kernel bundles"
                + " version " + XCHART + ", and cells use " + XCHART), printed());
        assertFalse(printed().contains("Added "), printed());
        String jar = (String) success("org.knowm.xchart.XYChart.class.getProtectionDomain().getCodeSource().getLocation().getPath()").value();
        assertTrue(jar.endsWith("xchart-" + XCHART + ".jar"), jar);
    }

    @Test
    void anotherVersionOfWhatTheKernelRunsOnIsRefused() throws IOException {
        publish(repository, "com.google.code.gson:gson:2.8.0");
        publish(repository, "org.example:needs-gson:1.0", "com.google.code.gson:gson:2.8.0:compile");

        CellError refused = error("%addMavenDependencies com.google.code.gson:gson:2.8.0 org.example:needs-gson:1.0");

        assertEquals("KernelDependencyConflict", refused.name());
        assertTrue(refused.message().startsWith("Refused: com.google.code.gson:gson:2.8.0 (gson-2.8.0.jar). The kernel"
                + " itself runs on version " + GSON + " (Jupyter messages)"), refused.message());
        assertTrue(refused.message().endsWith("Nothing was added."), refused.message());
        assertTrue(engine.addedClassPath().stream().noneMatch(path -> path.contains("needs-gson")), engine.addedClassPath()::toString);

        success("%addMavenDependency org.example:needs-gson:1.0");

        assertTrue(printed().contains("Added org.example:needs-gson:1.0"), printed());
        assertTrue(printed().contains("Not added: com.google.code.gson:gson:2.8.0 (gson-2.8.0.jar). The kernel bundles"
                + " version " + GSON + ", and cells use " + GSON), printed());
    }

    @Test
    void secondVersionOfAnAddedArtifactWaitsForARestart() throws IOException {
        publish(repository, "org.example:greeter:1.0");
        publish(repository, "org.example:greeter:2.0");
        success("%maven org.example:greeter:1.0");

        success("%maven org.example:greeter:2.0");

        assertTrue(printed().contains("Not added: org.example:greeter:2.0 (greeter-2.0.jar). Version 1.0 was added earlier,"
                + " and cells keep 1.0 until the kernel restarts"), printed());
        assertEquals("greeter 1.0", success("demo.greeter.Version.version()").value());
        success("%maven org.example:greeter:1.0");
        assertTrue(printed().contains("Already added: org.example:greeter:1.0"), printed());
    }

    @Test
    void mavenRepoMakesLaterResolutionsLookThere() throws IOException {
        Path extra = Files.createDirectories(dir.resolve("extra-repository"));
        publish(extra, "org.example:elsewhere:1.0");
        assertEquals("MavenResolutionError", error("%maven org.example:elsewhere:1.0").name());

        success("%mavenRepo extra " + extra.toUri());
        success("%maven org.example:elsewhere:1.0");

        assertEquals("elsewhere 1.0", success("demo.elsewhere.Version.version()").value());
        success("%mavenRepo");
        assertTrue(printed().contains("extra " + extra.toUri()), printed());
    }

    @Test
    void mavenRepoWithoutAUrlSaysHowToCallIt() {
        CellError error = error("%mavenRepo only-an-id");

        assertTrue(error.message().startsWith("expected an id and a URL, got 1 word. Usage: %mavenRepo ID URL"), error.message());
        assertEquals("MagicUsageError", error("%mavenRepo local not-a-url").name());
    }

    @Test
    void pomFragmentBringsItsRepositoryAndScopedDependenciesWithExclusions() throws IOException {
        Path fragmentRepository = Files.createDirectories(dir.resolve("fragment-repository"));
        publish(fragmentRepository, "org.example:charts:1.0", "org.example:fonts:1.0:compile", "org.example:colors:1.0:compile");
        publish(fragmentRepository, "org.example:fonts:1.0");
        publish(fragmentRepository, "org.example:colors:1.0");
        publish(fragmentRepository, "org.example:checks:1.0");

        success("%%loadFromPOM\n"
                + "<repositories><repository><id>fragments</id><url>" + fragmentRepository.toUri() + "</url></repository></repositories>\n"
                + "<dependencies>\n"
                + "  <dependency><groupId>org.example</groupId><artifactId>charts</artifactId><version>1.0</version>\n"
                + "    <exclusions><exclusion><groupId>org.example</groupId><artifactId>colors</artifactId></exclusion></exclusions>\n"
                + "  </dependency>\n"
                + "  <dependency><groupId>org.example</groupId><artifactId>checks</artifactId><version>1.0</version><scope>test</scope></dependency>\n"
                + "</dependencies>");

        assertTrue(printed().contains("Maven repository fragments at " + fragmentRepository.toUri()), printed());
        assertTrue(printed().contains("Added org.example:charts:1.0"), printed());
        assertTrue(printed().contains("Added org.example:fonts:1.0"), printed());
        assertFalse(printed().contains("colors"), printed());
        assertFalse(printed().contains("checks"), printed());
        assertEquals("fonts 1.0", success("demo.fonts.Version.version()").value());
    }

    @Test
    void pomFileWithPropertiesAndManagedVersionsLoadsTheScopesNamed() throws IOException {
        publish(repository, "org.example:layout:1.0");
        publish(repository, "org.example:layout-tests:1.0");
        Path pom = Files.writeString(dir.resolve("notebook-pom.xml"), "<?xml version=\"1.0\"?>\n"
                + "<project xmlns=\"http://maven.apache.org/POM/4.0.0\"><modelVersion>4.0.0</modelVersion>"
                + "<groupId>org.example</groupId><artifactId>notebook</artifactId>"
                + "<version>1</version><properties><layout.version>1.0</layout.version></properties><dependencies>"
                + "<dependency><groupId>org.example</groupId><artifactId>layout</artifactId><version>${layout.version}</version></dependency>"
                + "<dependency><groupId>org.example</groupId><artifactId>layout-tests</artifactId><scope>test</scope></dependency>"
                + "</dependencies><dependencyManagement><dependencies><dependency><groupId>org.example</groupId>"
                + "<artifactId>layout-tests</artifactId><version>1.0</version></dependency></dependencies></dependencyManagement>"
                + "</project>");

        success("%loadFromPOM " + pom + " compile test");

        assertTrue(printed().contains("Added org.example:layout:1.0"), printed());
        assertTrue(printed().contains("Added org.example:layout-tests:1.0"), printed());
        assertEquals("layout-tests 1.0", success("demo.layout_tests.Version.version()").value());
    }

    @Test
    void pomWithAnUndefinedPropertyNamesIt() {
        CellError error = error("%%loadFromPOM\n<dependency><groupId>org.example</groupId><artifactId>x</artifactId>"
                + "<version>${missing.version}</version></dependency>");

        assertEquals("PomError", error.name());
        assertTrue(error.message().contains("${missing.version}"), error.message());
    }

    @Test
    void classpathAloneListsBundledAndAddedWithVersions() throws IOException {
        publish(repository, "org.example:listed:1.0");
        success("%maven org.example:listed:1.0");
        printed.reset();

        success("%classpath");

        String listing = printed();
        assertTrue(listing.startsWith("Bundled with the kernel ("), listing);
        assertTrue(listing.contains("\n  org.knowm.xchart:xchart:" + XCHART + " (xchart-" + XCHART + ".jar)\n"), listing);
        assertTrue(listing.contains("\n  com.google.code.gson:gson:" + GSON + " (gson-" + GSON + ".jar)\n"), listing);
        int added = listing.indexOf("\nAdded (");
        assertTrue(added > 0 && listing.indexOf("org.example:listed:1.0 (listed-1.0.jar)") > added, listing);
    }

    @Test
    void jarsSaysWhenALocalJarIsAnotherVersionOfABundledOne() throws IOException {
        Path jar = dir.resolve("xchart-local.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            out.putNextEntry(new JarEntry("META-INF/maven/org.knowm.xchart/xchart/pom.properties"));
            out.write("groupId=org.knowm.xchart\nartifactId=xchart\nversion=3.6.0\n".getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }

        success("%jars " + jar);

        assertTrue(printed().contains("Not added: org.knowm.xchart:xchart:3.6.0 (xchart-local.jar). The kernel bundles version " + XCHART),
                printed());
    }
}
