package org.gradientlab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.gradientlab.ChildJvm.Result;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VectorModuleRelaunchTest {

    @Test
    void relaunchesOnlyWithoutTheModuleAndOnlyOnce() {
        assertTrue(VectorModuleRelaunch.shouldRelaunch(false, null, null));
        assertFalse(VectorModuleRelaunch.shouldRelaunch(true, null, null));
        assertFalse(VectorModuleRelaunch.shouldRelaunch(false, "true", null), "the child must not relaunch");
        assertFalse(VectorModuleRelaunch.shouldRelaunch(false, null, "1"), "opted out");
    }

    @Test
    void childCommandKeepsJvmOptionsClasspathAndArguments() {
        List<String> command = VectorModuleRelaunch.command("/jdk/bin/java", List.of("-Xmx1g", "-Dx=y"),
                "app.jar", "org.gradientlab.Launcher", new String[] {"train", "--seed", "7"});
        List<String> expected = new java.util.ArrayList<>(List.of("/jdk/bin/java", "-Xmx1g", "-Dx=y",
                "--add-modules", "jdk.incubator.vector", "-Dgradientlab.relaunched=true",
                "--enable-native-access=ALL-UNNAMED"));
        if (Runtime.version().feature() >= 24) {
            expected.add("--sun-misc-unsafe-memory-access=allow");
        }
        expected.addAll(List.of("-cp", "app.jar", "org.gradientlab.Launcher", "train", "--seed", "7"));
        assertEquals(expected, command);
    }

    @Test
    void launcherWithoutTheModuleRestartsWithTheVectorKernel() throws Exception {
        Result run = launch(Map.of(), "--version");
        assertEquals(0, run.exitCode(), run.stderr());
        assertTrue(run.stdout().startsWith("Gradient Lab"), run.stdout());
        assertTrue(run.stderr().contains("gemm kernel: vector"), run.stderr());
    }

    @Test
    void launcherPassesTheChildsExitCodeOn() throws Exception {
        Result run = launch(Map.of(), "--no-such-option");
        assertEquals(2, run.exitCode(), run.stderr());
        assertTrue(run.stderr().contains("gemm kernel: vector"), run.stderr());
    }

    @Test
    void launcherStaysInPlainModeWhenRelaunchIsTurnedOff() throws Exception {
        Result run = launch(Map.of(VectorModuleRelaunch.OPT_OUT_ENV, "1"), "--version");
        assertEquals(0, run.exitCode(), run.stderr());
        assertTrue(run.stderr().contains("gemm kernel: plain"), run.stderr());
    }

    @Test
    void badInputThroughTheRelaunchIsOneLineOnStderr() throws Exception {
        Map<String, String> environment = new HashMap<>();
        environment.put(VectorModuleRelaunch.OPT_OUT_ENV, null);
        Result run = ChildJvm.run(environment, List.of(), Launcher.class, "--no-such-option");
        assertEquals(2, run.exitCode(), run.stderr());
        List<String> lines = run.stderr().lines().filter(line -> !line.isBlank()).toList();
        assertEquals(1, lines.size(), "stderr: " + run.stderr());
        assertTrue(lines.get(0).startsWith("error: "), run.stderr());
    }

    @Test
    void stderrCopyDropsOnlyTheIncubatorWarning() {
        var captured = new java.io.ByteArrayOutputStream();
        java.io.PrintStream original = System.err;
        System.setErr(new java.io.PrintStream(captured, true, java.nio.charset.StandardCharsets.UTF_8));
        try {
            VectorModuleRelaunch.copyStderr(new java.io.ByteArrayInputStream(
                    (VectorModuleRelaunch.INCUBATOR_WARNING + "\nerror: bad\nWARNING: other\n")
                            .getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } finally {
            System.setErr(original);
        }
        assertEquals(List.of("error: bad", "WARNING: other"),
                captured.toString(java.nio.charset.StandardCharsets.UTF_8).lines().toList());
    }

    /** Starts Launcher without --add-modules, as java -jar would, asking it to name its kernel. */
    private static Result launch(Map<String, String> env, String... args) throws Exception {
        Map<String, String> environment = new HashMap<>();
        environment.put(VectorModuleRelaunch.OPT_OUT_ENV, null);
        environment.putAll(env);
        return ChildJvm.run(environment, List.of("-D" + VectorModuleRelaunch.PRINT_KERNEL_PROPERTY + "=true"),
                Launcher.class, args);
    }

    @Test
    void theWindowsJvmGetsAClassDataArchiveInTheAppDataFolderNamedForThisJdkAndJar(@TempDir Path home) {
        Path folder = home.resolve("gradient-lab");
        List<String> options = VectorModuleRelaunch.classDataArchive(List.of("-Xmx1g"), "/opt/a.jar", folder);
        assertEquals(3, options.size(), options.toString());
        assertTrue(options.get(0).startsWith("-XX:SharedArchiveFile=" + folder.resolve("classes-")), options.get(0));
        assertTrue(options.get(0).endsWith(".jsa"));
        assertEquals("-XX:+AutoCreateSharedArchive", options.get(1));
        assertTrue(Files.isDirectory(folder), "the folder is made for the JVM to write into");
        // Another jar gets its own archive, so two installs do not rewrite each other's.
        assertFalse(options.get(0).equals(
                VectorModuleRelaunch.classDataArchive(List.of(), "/home/b.jar", folder).get(0)));
    }

    @Test
    void aRebuiltJarGetsANewClassDataArchive(@TempDir Path dir) throws Exception {
        // JDK 25 does not rewrite an archive whose jar changed, so the name must change with it.
        Path jar = dir.resolve("gradient-lab.jar");
        Files.writeString(jar, "first build");
        Files.setLastModifiedTime(jar, java.nio.file.attribute.FileTime.fromMillis(1_000_000_000_000L));
        Path folder = dir.resolve("data");
        String before = VectorModuleRelaunch.classDataArchive(List.of(), jar.toString(), folder).get(0);
        assertEquals(before, VectorModuleRelaunch.classDataArchive(List.of(), jar.toString(), folder).get(0),
                "the same jar keeps its archive");
        Files.writeString(jar, "second build, longer");
        Files.setLastModifiedTime(jar, java.nio.file.attribute.FileTime.fromMillis(1_000_000_060_000L));
        assertFalse(before.equals(VectorModuleRelaunch.classDataArchive(List.of(), jar.toString(), folder).get(0)),
                "the rebuilt jar at the same path gets a new archive");
    }

    @Test
    void archivesOfReplacedJarsAreRemovedAfterThirtyDays(@TempDir Path folder) throws Exception {
        Path old = Files.writeString(folder.resolve("classes-0ld.jsa"), "x");
        Path recent = Files.writeString(folder.resolve("classes-2ecent.jsa"), "x");
        Path current = Files.writeString(folder.resolve("classes-c0ffee.jsa"), "x");
        Path other = Files.writeString(folder.resolve("app.log"), "x");
        java.time.Instant now = java.time.Instant.parse("2026-12-05T18:00:00Z");
        java.nio.file.attribute.FileTime longAgo = java.nio.file.attribute.FileTime.from(now.minus(java.time.Duration.ofDays(31)));
        Files.setLastModifiedTime(old, longAgo);
        Files.setLastModifiedTime(current, longAgo);
        Files.setLastModifiedTime(other, longAgo);
        Files.setLastModifiedTime(recent, java.nio.file.attribute.FileTime.from(now.minus(java.time.Duration.ofDays(29))));
        VectorModuleRelaunch.removeStaleArchives(folder, "classes-c0ffee.jsa", now.minus(VectorModuleRelaunch.STALE_ARCHIVE_AGE));
        assertFalse(Files.exists(old), "a 31-day-old archive of another jar goes");
        assertTrue(Files.exists(recent), "a 29-day-old one may belong to another install in use");
        assertTrue(Files.exists(current), "this jar's own archive stays, however old");
        assertTrue(Files.exists(other), "nothing but archives is touched");
    }

    @Test
    void classDataOptionsTheUserChoseAreLeftAlone(@TempDir Path home) {
        assertEquals(List.of(), VectorModuleRelaunch.classDataArchive(List.of("-Xshare:off"), "a.jar", home));
        assertEquals(List.of(), VectorModuleRelaunch.classDataArchive(List.of("-XX:AOTCache=x.aot"), "a.jar", home));
        assertEquals(List.of(), VectorModuleRelaunch.classDataArchive(List.of(), "a.jar", null));
    }
}
