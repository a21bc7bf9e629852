package org.dendrite;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import org.dendrite.device.CpuThreads;
import org.dendrite.device.CpuVariant;
import org.dendrite.device.Device;
import org.dendrite.tensor.cpu.CpuBackend;
import org.nd4j.linalg.factory.Nd4j;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** The library's front door: its version and what it runs on. */
public final class Dendrite {

    private Dendrite() {
    }

    /** This library's version, as built by Maven. */
    public static String version() {
        return properties(Dendrite.class, "/org/dendrite/version.properties").getProperty("version");
    }

    /**
     * A table of what this session runs on: Java, the machine, ND4J with the native variant
     * picked for this CPU, its thread counts and OpenMP wait policy, and each GPU's name, compute capability, memory and driver (or why
     * there is none, as {@link Device#info()} says). The first call loads ND4J's native code (a
     * second or two).
     */
    public static Table info() {
        CpuVariant.Choice cpu = CpuVariant.select();
        Properties nd4j = Nd4j.getExecutioner().getEnvironmentInformation();
        Runtime runtime = Runtime.getRuntime();
        StringColumn property = StringColumn.create("property");
        StringColumn value = StringColumn.create("value");
        Table table = Table.create("Dendrite " + version(), property, value);
        addRow(table, "Java", System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")");
        addRow(table, "OS", System.getProperty("os.name") + " " + System.getProperty("os.arch"));
        addRow(table, "CPU cores", String.valueOf(runtime.availableProcessors()));
        addRow(table, "Max heap", runtime.maxMemory() / (1 << 20) + " MiB");
        addRow(table, "ND4J backend", Nd4j.getBackend().getClass().getSimpleName() + " " + properties(Nd4j.class,
                "/META-INF/maven/org.nd4j/nd4j-api/pom.properties").getProperty("version"));
        addRow(table, "ND4J native variant", cpu.toString());
        addRow(table, "BLAS", String.valueOf(nd4j.getOrDefault("blas.vendor", "unknown")));
        CpuThreads.apply();
        addRow(table, "CPU threads", Nd4j.getEnvironment().maxThreads() + " for ND4J, "
                + Nd4j.factory().blas().getMaxThreads() + " for BLAS (from " + CpuThreads.source() + ")");
        addRow(table, "Small tensors", "up to " + CpuBackend.HEAP_LIMIT + " elements: Java heap, one thread");
        String waitPolicy = System.getenv("OMP_WAIT_POLICY");
        addRow(table, "OpenMP wait", waitPolicy == null ? "spinning (OMP_WAIT_POLICY unset)" : waitPolicy + " (OMP_WAIT_POLICY)");
        // Device.info()'s lines after the CPU's: "cuda:0: NVIDIA T4, ..." or "cuda: not available, ..."
        Device.info().lines().skip(1).forEach(gpu -> {
            int colon = gpu.indexOf(": ");
            addRow(table, gpu.substring(0, colon), gpu.substring(colon + 2));
        });
        return table;
    }

    private static Properties properties(Class<?> owner, String resource) {
        try (InputStream in = owner.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the class path");
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
    }

    private static void addRow(Table table, String property, String value) {
        table.stringColumn("property").append(property);
        table.stringColumn("value").append(value);
    }
}
