package org.gradientlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;

/**
 * `snapshot --run --view`: the training lab run to its end before the picture, so its "Inside the
 * net" charts hold data, for one run and for two side by side; a view that does not exist is bad
 * input naming the ones that do. Runs are a few updates long, so each takes seconds.
 */
class SnapshotRunViewTest {
    private static final String[] SIZE = {"--width", "1280", "--height", "720", "--scale", "1"};
    /** Orange pixels a run adds to a view: its layers' heat strips, far more than any text holds. */
    private static final int STRIPS = 2_000;

    @TempDir
    Path dir;

    @BeforeAll
    static void startToolkitAsTheOtherUiTestsDo() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    private BufferedImage snapshot(String name, String... args) throws IOException {
        Path png = dir.resolve(name);
        String[] all = new String[args.length + 5 + SIZE.length];
        all[0] = "snapshot";
        all[1] = "--lab";
        all[2] = "training";
        System.arraycopy(args, 0, all, 3, args.length);
        all[3 + args.length] = "--out";
        all[4 + args.length] = png.toString();
        System.arraycopy(SIZE, 0, all, 5 + args.length, SIZE.length);
        CliRun run = CliRun.of(all);
        assertEquals(0, run.exitCode(), run.err());
        return ImageIO.read(png.toFile());
    }

    /**
     * Pixels in columns [x0, x1) of the strong orange the theme gives activation counts (and the
     * first series): red well above blue, green between, saturated. Text, the form and the
     * progress bar are grey, black or blue.
     */
    private static int orange(BufferedImage image, int x0, int x1) {
        int count = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = x0; x < x1; x++) {
                int rgb = image.getRGB(x, y);
                int r = rgb >> 16 & 0xff;
                int g = rgb >> 8 & 0xff;
                int b = rgb & 0xff;
                if (r - b > 60 && r > g && g > b) {
                    count++;
                }
            }
        }
        return count;
    }

    @Test
    void insideTheNetAfterARunHasItsHeatStripsDrawnWhereBeforeItHadNone() throws IOException {
        BufferedImage before = snapshot("before.png", "--view", "inside");
        BufferedImage after = snapshot("after.png", "--view", "inside", "--run", "--iterations", "4");
        int w = after.getWidth();
        int empty = orange(before, 0, w);
        int drawn = orange(after, 0, w);
        assertTrue(drawn - empty > STRIPS, "the strips and curves of the run: " + drawn + " orange pixels, "
                + empty + " before it");
    }

    @Test
    void compareAfterARunShowsTwoRunsEachWithItsChartsDrawn() throws IOException {
        BufferedImage before = snapshot("empty.png", "--view", "compare");
        BufferedImage image = snapshot("compare.png", "--view", "compare", "--run", "--iterations", "4");
        int w = image.getWidth();
        // The form takes about the left 30 %; the two runs share the rest, one half each.
        int left = orange(image, w * 30 / 100, w * 64 / 100) - orange(before, w * 30 / 100, w * 64 / 100);
        int right = orange(image, w * 66 / 100, w) - orange(before, w * 66 / 100, w);
        assertTrue(left > STRIPS, "the left run's strips: " + left + " more orange pixels than before a run");
        assertTrue(right > STRIPS, "the right run's strips: " + right + " more orange pixels than before a run");
    }

    @Test
    void anUnknownViewIsBadInputNamingTheViews() {
        CliRun run = CliRun.of("snapshot", "--lab", "training", "--view", "histograms", "--out",
                dir.resolve("x.png").toString());
        assertEquals(GradientLabCommand.BAD_INPUT, run.exitCode());
        String message = run.err().strip();
        assertEquals(1, message.lines().count(), message);
        assertTrue(message.contains("--view") && message.contains("curves|inside|compare")
                && message.contains("histograms"), message);
        assertTrue(!dir.resolve("x.png").toFile().exists(), "nothing written");
    }

    @Test
    void aViewOfALabWithoutViewsIsBadInput() {
        CliRun run = CliRun.of("snapshot", "--lab", "init", "--view", "inside", "--out", dir.resolve("x.png").toString());
        assertEquals(GradientLabCommand.BAD_INPUT, run.exitCode());
        assertTrue(run.err().contains("'init' has no views"), run.err());
    }

    @Test
    void iterationsWithoutRunOrBelowOneAreBadInput() {
        CliRun alone = CliRun.of("snapshot", "--lab", "training", "--iterations", "5", "--out",
                dir.resolve("x.png").toString());
        assertEquals(GradientLabCommand.BAD_INPUT, alone.exitCode());
        assertTrue(alone.err().contains("--iterations needs --run"), alone.err());
        CliRun zero = CliRun.of("snapshot", "--lab", "training", "--run", "--iterations", "0", "--out",
                dir.resolve("x.png").toString());
        assertEquals(GradientLabCommand.BAD_INPUT, zero.exitCode());
        assertTrue(zero.err().contains("--iterations"), zero.err());
    }
}
