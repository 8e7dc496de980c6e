package org.gradientlab.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

/**
 * Run by the dist profile (failsafe) after jpackage: starts the built app image's own launcher,
 * headless, and checks the lab it renders, so an image that lacks a module, an option or its
 * natives fails the build instead of a user's first start.
 */
class AppImageIT {
    private static final Path LAUNCHER = Path.of(System.getProperty("gradientlab.appImage.launcher"));
    private static final Path OUT = Path.of(System.getProperty("gradientlab.appImage.out"));

    @Test
    void theImageRendersTheOptimizerLabHeadless() throws IOException, InterruptedException {
        Files.createDirectories(OUT);
        Path png = OUT.resolve("optimizer.png");
        Files.deleteIfExists(png);
        ProcessBuilder builder = new ProcessBuilder(LAUNCHER.toString(), "snapshot", "--lab", "optimizer",
                "--out", png.toString(), "--width", "900", "--height", "600", "--scale", "1")
                .redirectOutput(OUT.resolve("stdout.txt").toFile())
                .redirectError(OUT.resolve("stderr.txt").toFile());
        // The launcher's own JVM must have the Vector API (so it never restarts itself): it
        // names its matrix kernel. A class-data archive that no longer fits the image stops the
        // JVM with -Xshare:on instead of being skipped.
        boolean aot = !Boolean.getBoolean("gradientlab.appImage.aotSkipped");
        builder.environment().put("JAVA_TOOL_OPTIONS",
                "-Dgradientlab.printKernel=true" + (aot ? " -Xshare:on" : ""));
        Process process = builder.start();
        assertTrue(process.waitFor(5, TimeUnit.MINUTES), "the snapshot did not finish in 5 minutes");
        String stderr = Files.readString(OUT.resolve("stderr.txt"), StandardCharsets.UTF_8);
        assertEquals(0, process.exitValue(), "exit code; stderr: " + stderr);
        assertTrue(stderr.contains("gemm kernel: vector"), "kernel line in stderr: " + stderr);
        List<String> unexpected = stderr.lines()
                .filter(line -> !line.startsWith("Picked up JAVA_TOOL_OPTIONS"))
                .filter(line -> !line.startsWith("gemm kernel: vector"))
                .filter(line -> !line.equals("WARNING: Using incubator modules: jdk.incubator.vector"))
                .toList();
        assertEquals(List.of(), unexpected, "stderr of the packaged app");
        // The JVM's own log lines ("[0.015s][error][cds] Mismatched values for property ...", a
        // class-data archive dumped with other module options than the launcher's) go to stdout.
        List<String> jvmLog = Files.readAllLines(OUT.resolve("stdout.txt"), StandardCharsets.UTF_8).stream()
                .filter(line -> line.matches("\\[[0-9.]+s\\]\\[.*"))
                .toList();
        assertEquals(List.of(), jvmLog, "JVM log lines in the packaged app's stdout");

        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(900, image.getWidth());
        assertEquals(600, image.getHeight());
        // A lab with its contour map, paths and labels has thousands of colours; a blank or
        // half-built scene has a handful.
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                colours.add(image.getRGB(x, y));
            }
        }
        assertTrue(colours.size() > 500, "only " + colours.size() + " colours in " + png);
    }
}
