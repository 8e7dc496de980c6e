package org.gradientlab;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

import org.gradientlab.core.linalg.GemmKernels;

/**
 * Restarts {@code java -jar gradient-lab.jar ...} with the Vector API. A jar manifest cannot add
 * modules, and without jdk.incubator.vector the matrix products fall back to plain loops (an
 * order of magnitude slower, see GemmBenchmark), so the launcher re-executes the same java with the same JVM options,
 * classpath, main class and arguments plus {@code --add-modules jdk.incubator.vector}, and exits
 * with the child's code. Opt out with the environment variable {@value #OPT_OUT_ENV}.
 */
final class VectorModuleRelaunch {
    static final String RELAUNCHED_PROPERTY = "gradientlab.relaunched";
    static final String OPT_OUT_ENV = "GRADIENT_LAB_NO_RELAUNCH";
    /** {@code -Dgradientlab.printKernel=true} prints the active matrix kernel on stderr at start. */
    static final String PRINT_KERNEL_PROPERTY = "gradientlab.printKernel";
    /** Already part of the JVM's input arguments; the child must not read them a second time. */
    private static final List<String> OPTION_ENVS = List.of("JDK_JAVA_OPTIONS", "JAVA_TOOL_OPTIONS", "_JAVA_OPTIONS");

    static final String INCUBATOR_WARNING = "WARNING: Using incubator modules: " + GemmKernels.VECTOR_MODULE;

    private VectorModuleRelaunch() {}

    /** Runs this program again in a JVM with the module; returns its exit code, or empty to go on here. */
    static OptionalInt relaunchIfNeeded(Class<?> mainClass, String[] args) {
        if (!shouldRelaunch(GemmKernels.vectorModulePresent(), System.getProperty(RELAUNCHED_PROPERTY),
                System.getenv(OPT_OUT_ENV))) {
            return OptionalInt.empty();
        }
        try {
            String java = ProcessHandle.current().info().command()
                    .orElseThrow(() -> new IOException("path of the java executable unknown"));
            List<String> jvmOptions = new ArrayList<>(ManagementFactory.getRuntimeMXBean().getInputArguments());
            String classPath = System.getProperty("java.class.path");
            if (Launcher.needsWindow(args)) {
                jvmOptions.addAll(classDataArchive(jvmOptions, classPath,
                        org.gradientlab.ui.kit.job.LogFolder.resolve().getParent()));
            }
            List<String> command = command(java, jvmOptions, classPath, mainClass.getName(), args);
            ProcessBuilder builder = new ProcessBuilder(command).inheritIO()
                    .redirectError(ProcessBuilder.Redirect.PIPE);
            OPTION_ENVS.forEach(builder.environment()::remove);
            Process child = builder.start();
            Thread copier = Thread.ofPlatform().daemon().name("stderr-copy")
                    .start(() -> copyStderr(child.getErrorStream()));
            // If this JVM is stopped (SIGTERM), stop the child with it rather than orphan it.
            Runtime.getRuntime().addShutdownHook(new Thread(child::destroy));
            int exit = waitUninterruptibly(child);
            joinUninterruptibly(copier);
            return OptionalInt.of(exit);
        } catch (IOException | RuntimeException e) {
            System.err.println("note: could not restart java with --add-modules " + GemmKernels.VECTOR_MODULE
                    + " (" + e.getMessage() + "); matrix products use plain loops");
            return OptionalInt.empty();
        }
    }

    /**
     * Options that let the window's JVM load its classes from a class-data archive in the user's
     * application-data folder, which the JVM writes on the first run's exit and rewrites when the
     * jar or the JDK changes (JDK 19+). It takes about a quarter off the CPU time to the first
     * frame (docs/BENCHMARKS.md). The archive's own messages (a base archive made without the
     * Vector API module, classes too old to archive) are silenced: none of them is the user's
     * concern. None when the user chose class-data options or the folder cannot be made.
     */
    static List<String> classDataArchive(List<String> jvmOptions, String classPath, Path folder) {
        if (folder == null || jvmOptions.stream().anyMatch(o -> o.startsWith("-Xshare") || o.contains("SharedArchiveFile")
                || o.contains("AOTCache") || o.contains("ArchiveClassesAtExit"))) {
            return List.of();
        }
        try {
            Files.createDirectories(folder);
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
        String name = "classes-" + Integer.toHexString((Runtime.version() + "|" + classPath + "|"
                + classPathStamp(classPath)).hashCode()) + ".jsa";
        removeStaleArchives(folder, name, java.time.Instant.now().minus(STALE_ARCHIVE_AGE));
        return List.of("-XX:SharedArchiveFile=" + folder.resolve(name), "-XX:+AutoCreateSharedArchive",
                "-Xlog:cds=off,cds+dynamic=off,aot=off");
    }

    /** An archive no start has written for this long belongs to a jar replaced since. */
    static final java.time.Duration STALE_ARCHIVE_AGE = java.time.Duration.ofDays(30);

    /**
     * Deletes the folder's other archives written before {@code writtenBefore}: each rebuilt or
     * updated jar gets a new one (about 25 MB), so the old ones would pile up. One still in use
     * by another install is only written again at its next start.
     */
    static void removeStaleArchives(Path folder, String keep, java.time.Instant writtenBefore) {
        try (var archives = Files.newDirectoryStream(folder, "classes-*.jsa")) {
            for (Path archive : archives) {
                if (!archive.getFileName().toString().equals(keep)
                        && Files.getLastModifiedTime(archive).toInstant().isBefore(writtenBefore)) {
                    Files.deleteIfExists(archive);
                }
            }
        } catch (IOException | RuntimeException e) {
            // Only tidying: a start never fails for it.
        }
    }

    /**
     * The modification times and sizes of the class path's files. The JVM refuses an archive whose
     * jar has changed since it was written but, with {@code -XX:+AutoCreateSharedArchive} on JDK 25,
     * does not write it again (it says "timestamp has changed" and starts without it on every run),
     * so a jar rebuilt or updated in place would lose the archive for good; keyed on these, the
     * new jar gets a new archive, written at its first run's exit.
     */
    static String classPathStamp(String classPath) {
        StringBuilder stamp = new StringBuilder();
        for (String entry : classPath.split(java.io.File.pathSeparator)) {
            try {
                Path file = Path.of(entry);
                stamp.append(Files.getLastModifiedTime(file).toMillis()).append('/').append(Files.size(file)).append(';');
            } catch (IOException | RuntimeException e) {
                stamp.append("-;");
            }
        }
        return stamp.toString();
    }

    static boolean shouldRelaunch(boolean modulePresent, String relaunchedProperty, String optOutEnv) {
        return !modulePresent && relaunchedProperty == null && optOutEnv == null;
    }

    /** java [the JVM's options] --add-modules jdk.incubator.vector -D...relaunched=true -cp CP Main args. */
    static List<String> command(String java, List<String> jvmOptions, String classPath, String mainClass,
                                String[] args) {
        List<String> command = new ArrayList<>();
        command.add(java);
        command.addAll(jvmOptions);
        command.add("--add-modules");
        command.add(GemmKernels.VECTOR_MODULE);
        command.add("-D" + RELAUNCHED_PROPERTY + "=true");
        // JavaFX loads native code (and, on JDK 24+, its Marlin renderer uses sun.misc.Unsafe):
        // allow both so a successful run prints no JDK warnings.
        command.add("--enable-native-access=ALL-UNNAMED");
        if (Runtime.version().feature() >= 24) {
            command.add("--sun-misc-unsafe-memory-access=allow");
        }
        command.add("-cp");
        command.add(classPath);
        command.add(mainClass);
        command.addAll(List.of(args));
        return command;
    }

    /** Prints the active kernel on stderr when {@value #PRINT_KERNEL_PROPERTY} is true. */
    static void printKernelIfAsked() {
        if (Boolean.getBoolean(PRINT_KERNEL_PROPERTY)) {
            System.err.println("gemm kernel: " + GemmKernels.active().name());
        }
    }

    /**
     * The JVM warns "Using incubator modules" on every start with the module; we added it, not
     * the user, so that line is dropped and everything else the child writes to stderr passes
     * through (a bad command line stays one line of error).
     */
    static void copyStderr(InputStream childStderr) {
        var in = new BufferedReader(new InputStreamReader(childStderr, Charset.defaultCharset()));
        try (in) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (!line.equals(INCUBATOR_WARNING)) {
                    System.err.println(line);
                }
            }
        } catch (IOException e) {
            // The child is gone; nothing more to copy.
        }
        System.err.flush();
    }

    private static void joinUninterruptibly(Thread thread) {
        try {
            thread.join(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static int waitUninterruptibly(Process child) {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return child.waitFor();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
