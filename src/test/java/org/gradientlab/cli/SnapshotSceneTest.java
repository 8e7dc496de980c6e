package org.gradientlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;

/** `snapshot --scene`: a scene file re-makes its figure headless; a bad one is one error line. */
class SnapshotSceneTest {
    @TempDir
    Path dir;

    @BeforeAll
    static void startToolkitAsTheOtherUiTestsDo() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void rendersTheSceneNotTheDefaults() throws IOException {
        Path scene = dir.resolve("rosenbrock.glab");
        try (InputStream in = SnapshotSceneTest.class.getResourceAsStream("/scenes/version-1.glab")) {
            Files.copy(in, scene);
        }
        Path fromScene = dir.resolve("scene.png");
        Path fromDefaults = dir.resolve("defaults.png");
        String[] size = {"--width", "800", "--height", "500", "--scale", "1"};
        assertEquals(0, run(concat(new String[] {"snapshot", "--scene", scene.toString(), "--out", fromScene.toString()}, size)));
        assertEquals(0, run(concat(new String[] {"snapshot", "--lab", "optimizer", "--out", fromDefaults.toString()}, size)));
        int[] a = pixels(fromScene);
        assertFalse(Arrays.equals(a, pixels(fromDefaults)), "the scene's surface and runs, not the book's");
    }

    @Test
    void aBadSceneIsOneLineNamingTheField() throws IOException {
        Path scene = dir.resolve("bad.glab");
        try (InputStream in = SnapshotSceneTest.class.getResourceAsStream("/scenes/version-1.glab")) {
            Files.writeString(scene, new String(in.readAllBytes()).replace("\"steps\" : 120", "\"steps\" : 0"));
        }
        StringWriter err = new StringWriter();
        int code = GradientLabCommand.run(new PrintWriter(new StringWriter(), true), new PrintWriter(err, true),
                "snapshot", "--scene", scene.toString(), "--out", dir.resolve("x.png").toString());
        assertEquals(GradientLabCommand.BAD_INPUT, code);
        String line = err.toString().strip();
        assertEquals(1, line.lines().count(), line);
        assertTrue(line.contains("--scene") && line.contains("setups.optimizer") && line.contains("steps"), line);
        assertFalse(Files.exists(dir.resolve("x.png")));
    }

    @Test
    void withoutLabOrSceneIsBadInput() {
        StringWriter err = new StringWriter();
        assertEquals(GradientLabCommand.BAD_INPUT, GradientLabCommand.run(new PrintWriter(new StringWriter(), true),
                new PrintWriter(err, true), "snapshot", "--out", dir.resolve("x.png").toString()));
        assertTrue(err.toString().contains("--lab or --scene"), err.toString());
    }

    private static int run(String... args) {
        StringWriter err = new StringWriter();
        int code = GradientLabCommand.run(new PrintWriter(new StringWriter(), true), new PrintWriter(err, true), args);
        assertEquals(0, code, err.toString());
        return code;
    }

    private static int[] pixels(Path png) throws IOException {
        BufferedImage image = ImageIO.read(png.toFile());
        return image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
    }

    private static String[] concat(String[] a, String[] b) {
        String[] all = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
