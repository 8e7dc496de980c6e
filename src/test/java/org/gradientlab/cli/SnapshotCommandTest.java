package org.gradientlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;

class SnapshotCommandTest {
    @TempDir
    Path dir;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeAll
    static void startToolkitAsTheOtherUiTestsDo() throws Exception {
        // One JavaFX toolkit per JVM: let TestFX own it so the test classes can run in any order.
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void writesTheLabAtTheRequestedScaleAndSize() throws IOException {
        Path png = dir.resolve("optimizer-ko.png");
        int code = run("snapshot", "--lab", "optimizer", "--out", png.toString(), "--scale", "2", "--lang", "ko",
                "--theme", "dark", "--width", "640", "--height", "400");
        assertEquals(0, code, err.toString());
        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(1280, image.getWidth());
        assertEquals(800, image.getHeight());
        int corner = image.getRGB(image.getWidth() - 4, image.getHeight() - 4);
        assertTrue(brightness(corner) < 60, "dark theme background, got " + Integer.toHexString(corner));
    }

    @Test
    void defaultsToLightThemeAtTwiceTheSize() throws IOException {
        Path png = dir.resolve("training.png");
        assertEquals(0, run("snapshot", "--lab", "training", "--out", png.toString(), "--width", "400", "--height", "320"),
                err.toString());
        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(800, image.getWidth());
        // The window's mean, not one pixel: at 400 px wide the caption's text may sit in any corner.
        long sum = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                sum += brightness(image.getRGB(x, y));
            }
        }
        double mean = (double) sum / ((long) image.getWidth() * image.getHeight());
        assertTrue(mean > 200, "light theme background, mean brightness " + mean);
    }

    @Test
    void writesTheFigureAsSvgOrPdfByFormatOrExtension() throws Exception {
        Path svg = dir.resolve("contours.out");
        Path pdf = dir.resolve("histograms.pdf");
        assertEquals(0, run("snapshot", "--lab", "optimizer", "--format", "svg", "--out", svg.toString(), "--lang", "ko",
                "--width", "800", "--height", "600"), err.toString());
        assertEquals(0, run("snapshot", "--lab", "init", "--out", pdf.toString(), "--width", "800", "--height", "600"),
                err.toString());
        String xml = Files.readString(svg);
        javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new java.io.ByteArrayInputStream(xml.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertTrue(xml.contains(">책의 함수 f = x²/20 + y²"), "the Korean caption as text");
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            assertEquals(1, document.getNumberOfPages());
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
            assertTrue(text.contains("Layer 1"), text);
        }
        assertTrue(err.toString().isEmpty(), "nothing on stderr: " + err);
    }

    @Test
    void unknownFormatIsBadInput() {
        assertBadInput("--format", "--lab", "init", "--out", dir.resolve("x.eps").toString(), "--format", "eps");
    }

    @Test
    void unknownLabIsBadInputWithOneLine() {
        assertBadInput("--lab", "--lab", "histogram", "--out", dir.resolve("x.png").toString());
    }

    @Test
    void unknownPageOrPageOfALabWithoutPagesIsBadInput() {
        assertBadInput("--page", "--lab", "concepts", "--page", "gallery", "--out", dir.resolve("x.png").toString());
        assertBadInput("--page", "--lab", "init", "--page", "conv", "--out", dir.resolve("x.png").toString());
    }

    @Test
    void rendersTheRequestedPageOfTheConceptsLab() throws IOException {
        Path first = dir.resolve("first.png");
        Path last = dir.resolve("last.png");
        String[] size = {"--width", "480", "--height", "360", "--scale", "1"};
        assertEquals(0, run(concat(new String[] {"snapshot", "--lab", "concepts", "--out", first.toString()}, size)),
                err.toString());
        assertEquals(0, run(concat(new String[] {"snapshot", "--lab", "concepts", "--page", "conv", "--out",
                last.toString()}, size)), err.toString());
        assertTrue(!java.util.Arrays.equals(Files.readAllBytes(first), Files.readAllBytes(last)),
                "the conv page differs from the first page");
    }

    private static String[] concat(String[] a, String[] b) {
        String[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    @Test
    void unknownLanguageOrThemeIsBadInput() {
        assertBadInput("--lang", "--lab", "init", "--out", dir.resolve("x.png").toString(), "--lang", "jp");
        assertBadInput("--theme", "--lab", "init", "--out", dir.resolve("x.png").toString(), "--theme", "sepia");
    }

    @Test
    void scaleOutsideOneToFourIsBadInput() {
        assertBadInput("--scale", "--lab", "init", "--out", dir.resolve("x.png").toString(), "--scale", "5");
        assertBadInput("--scale", "--lab", "init", "--out", dir.resolve("x.png").toString(), "--scale", "0");
    }

    @Test
    void unwritableOutIsBadInputAndWritesNothing() throws IOException {
        Path notAFolder = Files.writeString(dir.resolve("file.txt"), "x");
        assertBadInput("--out", "--lab", "init", "--out", notAFolder.resolve("x.png").toString());
    }

    @Test
    void helpListsTheLabsAndPagesOfTheRegistry() {
        CliRun help = CliRun.of("snapshot", "--help");
        assertEquals(0, help.exitCode(), help.err());
        assertTrue(help.out().contains("optimizer, init, training, concepts"), help.out());
        assertTrue(help.out().replaceAll("\\s+", " ")
                .contains("activations, preprocessing, babysitting, schedules, ensembles, conv, landscape"), help.out());
    }

    private void assertBadInput(String named, String... args) {
        StringWriter lineErr = new StringWriter();
        String[] full = new String[args.length + 1];
        full[0] = "snapshot";
        System.arraycopy(args, 0, full, 1, args.length);
        int code = GradientLabCommand.run(new PrintWriter(out, true), new PrintWriter(lineErr, true), full);
        assertEquals(GradientLabCommand.BAD_INPUT, code);
        String message = lineErr.toString().strip();
        assertEquals(1, message.lines().count(), message);
        assertTrue(message.contains(named), message);
    }

    private int run(String... args) {
        return GradientLabCommand.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    private static int brightness(int argb) {
        return ((argb >> 16 & 0xff) + (argb >> 8 & 0xff) + (argb & 0xff)) / 3;
    }
}
