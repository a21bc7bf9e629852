package org.dendrite.kernel;

import java.nio.file.Path;
import java.util.Arrays;
import org.dendrite.kernel.install.KernelInstaller;
import org.dendrite.kernel.protocol.ConnectionInfo;

/**
 * {@code java -jar dendrite-kernel.jar install [options]} installs the kernelspec;
 * {@code java -cp ... org.dendrite.kernel.KernelMain CONNECTION_FILE} is what Jupyter runs.
 */
public final class KernelMain {

    private KernelMain() {
    }

    public static void main(String[] args) {
        if (args.length == 0 || args[0].equals("--help") || args[0].equals("-h")) {
            System.out.println(KernelInstaller.USAGE);
            return;
        }
        try {
            if (args[0].equals("install")) {
                Path installed = KernelInstaller.fromArguments(Arrays.copyOfRange(args, 1, args.length)).install();
                System.out.println("Installed the Dendrite kernel in " + installed);
                return;
            }
            ConnectionInfo connection = ConnectionInfo.read(Path.of(args[0]));
            Kernel.run(connection, KernelConfig.fromEnvironment(System.getenv()));
        } catch (IllegalArgumentException | IllegalStateException | java.io.UncheckedIOException e) {
            System.err.println("dendrite-kernel: " + e.getMessage());
            System.exit(2);
        }
    }
}
