package org.dendrite.device;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The nd4j-native build that runs on this CPU: oneDNN with AVX-512, AVX2, or the plain x86-64 one.
 *
 * <p>ND4J loads its native code through JavaCPP, which appends the system property
 * {@code org.bytedeco.javacpp.platform.extension} to the platform name. {@link #select()} sets
 * that property from the CPU's features before ND4J loads, and only to a variant whose jar is on
 * the class path, so the plain build is always the fallback. The environment variable
 * {@code DENDRITE_CPU_VARIANT} (plain, avx2, onednn-avx512) or the property set by hand win.
 */
public enum CpuVariant {
    /** oneDNN kernels built for AVX-512: about 15x the plain build on conv2d. */
    ONEDNN_AVX512("-onednn-avx512", "avx512f", "avx512bw", "avx512vl", "avx512dq"),
    /** The build for AVX2 and FMA. */
    AVX2("-avx2", "avx2", "fma"),
    /** The x86-64 baseline build, which runs everywhere. */
    PLAIN("");

    /** The JavaCPP property that names the platform extension. */
    public static final String EXTENSION_PROPERTY = "org.bytedeco.javacpp.platform.extension";
    private static final String BINDINGS = "org/nd4j/linalg/cpu/nativecpu/bindings/linux-x86_64";

    private static volatile Choice selected;

    private final String extension;
    private final Set<String> requiredFlags;

    CpuVariant(String extension, String... requiredFlags) {
        this.extension = extension;
        this.requiredFlags = Set.of(requiredFlags);
    }

    /** The suffix JavaCPP appends to {@code linux-x86_64}, empty for the plain build. */
    public String extension() {
        return extension;
    }

    /** The variant's short name, as accepted by {@code DENDRITE_CPU_VARIANT}. */
    public String shortName() {
        return this == PLAIN ? "plain" : extension.substring(1);
    }

    /** Whether a CPU with these feature flags can run this variant. */
    public boolean runsOn(Set<String> cpuFlags) {
        return cpuFlags.containsAll(requiredFlags);
    }

    /** Whether this variant's native jar is on the class path. */
    public boolean isPackaged() {
        return CpuVariant.class.getClassLoader().getResource(BINDINGS + extension + "/") != null;
    }

    /** The fastest variant that both runs on {@code cpuFlags} and is {@code available}. */
    public static CpuVariant fastest(Set<String> cpuFlags, Predicate<CpuVariant> available) {
        return Arrays.stream(values())
                .filter(v -> v == PLAIN || (v.runsOn(cpuFlags) && available.test(v)))
                .findFirst()
                .orElse(PLAIN);
    }

    /** The variant named by {@code name} (plain, avx2, onednn-avx512), case-insensitive. */
    public static CpuVariant named(String name) {
        String wanted = name.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(v -> v.shortName().equals(wanted))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown CPU variant '" + name
                        + "': expected one of plain, avx2, onednn-avx512"));
    }

    /**
     * Chooses the variant once per JVM and sets the JavaCPP property; call before ND4J loads.
     * Later calls return the first choice.
     */
    public static Choice select() {
        Choice choice = selected;
        if (choice == null) {
            synchronized (CpuVariant.class) {
                if (selected == null) {
                    selected = choose(System.getProperty(EXTENSION_PROPERTY),
                            System.getenv("DENDRITE_CPU_VARIANT"), readCpuFlags());
                    System.setProperty(EXTENSION_PROPERTY, selected.variant().extension());
                }
                choice = selected;
            }
        }
        return choice;
    }

    static Choice choose(String preset, String requested, Set<String> cpuFlags) {
        if (preset != null) {
            CpuVariant variant = Arrays.stream(values())
                    .filter(v -> v.extension.equals(preset)).findFirst().orElse(null);
            if (variant != null && variant.isPackaged()) {
                return new Choice(variant, "set by -D" + EXTENSION_PROPERTY);
            }
        }
        if (requested != null && !requested.isBlank()) {
            CpuVariant variant = named(requested);
            if (!variant.isPackaged()) {
                return new Choice(PLAIN, "DENDRITE_CPU_VARIANT=" + requested + " is not packaged; using plain");
            }
            if (!variant.runsOn(cpuFlags)) {
                return new Choice(PLAIN, "DENDRITE_CPU_VARIANT=" + requested + " needs CPU flags "
                        + variant.requiredFlags + "; using plain");
            }
            return new Choice(variant, "set by DENDRITE_CPU_VARIANT");
        }
        CpuVariant variant = fastest(cpuFlags, CpuVariant::isPackaged);
        String reason = cpuFlags.isEmpty() ? "CPU flags unknown" : "fastest build this CPU runs";
        return new Choice(variant, reason);
    }

    /** The feature flags of the first processor in /proc/cpuinfo; empty where there is none. */
    static Set<String> readCpuFlags() {
        try {
            return parseCpuFlags(Files.readString(Path.of("/proc/cpuinfo")));
        } catch (IOException | RuntimeException e) {
            return Set.of();
        }
    }

    static Set<String> parseCpuFlags(String cpuinfo) {
        return cpuinfo.lines()
                .filter(line -> line.startsWith("flags"))
                .findFirst()
                .map(line -> Arrays.stream(line.substring(line.indexOf(':') + 1).trim().split("\\s+"))
                        .collect(Collectors.toUnmodifiableSet()))
                .orElse(Set.of());
    }

    /** A chosen variant and why it was chosen. */
    public record Choice(CpuVariant variant, String reason) {
        @Override
        public String toString() {
            return variant.shortName() + " (" + reason + ")";
        }
    }
}
