package org.gradientlab.ui.export.vector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javafx.scene.Node;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.w3c.dom.Document;

import org.gradientlab.ui.OnFx;
import org.gradientlab.ui.export.FigureExport;
import org.gradientlab.ui.export.FigureFormat;
import org.gradientlab.ui.export.ImageExport;
import org.gradientlab.ui.export.OffscreenSnapshot;
import org.gradientlab.ui.i18n.Language;
import org.gradientlab.ui.kit.plot.CurvePlot;
import org.gradientlab.ui.kit.plot.CurveStroke;
import org.gradientlab.ui.lab.Labs;
import org.gradientlab.ui.theme.Theme;

/**
 * Issue 17 on the real labs: the optimizer's contours and the initialization lab's histograms
 * as SVG and PDF look like their PNG, in English and Korean; every lab and page exports to both.
 */
class LabFiguresTest {
    private static final int WIDTH = 1280;
    private static final int HEIGHT = 800;

    @BeforeAll
    static void startToolkitAsTheOtherUiTestsDo() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @ParameterizedTest(name = "{0} in {1}")
    @CsvSource({"optimizer, en, The book’s f = x²/20 + y²", "optimizer, ko, 책의 함수 f = x²/20 + y²",
        "init, en, '5 layers × 100 nodes, 1000 inputs'", "init, ko, '5층 × 노드 100개, 입력 1000개'"})
    void svgAndPdfOfALabLookLikeItsPng(String lab, String language, String caption) throws Exception {
        OffscreenSnapshot.Request request = request(lab, null, Language.fromId(language).orElseThrow());
        byte[][] files = OnFx.call(() -> {
            Node figure = OffscreenSnapshot.figure(request);
            return new byte[][] {ImageExport.png(ImageExport.snapshot(figure, 1), null),
                VectorFigure.svg(figure, null), VectorFigure.pdf(figure, lab, null)};
        });
        BufferedImage png = Rasters.png(files[0]);
        BufferedImage svg = Rasters.svg(files[1], png.getWidth());
        BufferedImage pdf = Rasters.pdf(files[2]);
        String name = lab + "-" + language;
        Rasters.keep(png, name + "-png");
        Rasters.keep(svg, name + "-svg");
        Rasters.keep(pdf, name + "-pdf");
        double svgDifference = Rasters.meanDifference(png, svg);
        double pdfDifference = Rasters.meanDifference(png, pdf);
        System.out.printf("%s: %d x %d, SVG %d bytes, PDF %d bytes; mean |PNG − SVG| %.2f, |PNG − PDF| %.2f (of 255)%n",
                name, png.getWidth(), png.getHeight(), files[1].length, files[2].length, svgDifference, pdfDifference);
        assertEquals(png.getWidth(), pdf.getWidth(), 1, "the page is the figure's size");
        assertEquals(png.getHeight(), pdf.getHeight(), 1);
        assertTrue(svgDifference < 3, "SVG differs by " + svgDifference);
        assertTrue(pdfDifference < 3, "PDF differs by " + pdfDifference);
        assertTrue(files[1].length < 1_000_000, "the SVG stays under 1 MB: " + files[1].length);
        String text = String.join(" ", VectorFigureTest.texts(VectorFigureTest.parse(files[1])));
        try (PDDocument document = Loader.loadPDF(files[2])) {
            String pdfText = new PDFTextStripper().getText(document);
            // The caption, which the PNG carries too, is text in both files.
            assertTrue(text.contains(caption), text);
            assertTrue(pdfText.replaceAll("\\s+", " ").contains(caption), pdfText);
        }
    }

    /**
     * The training lab's figure after a run: four optimizers' loss (faint raw, bold smoothed) and
     * accuracy curves of 2000 iterations each, fed through the charts' own API as a run feeds them.
     */
    @ParameterizedTest(name = "training curves in {0}")
    @CsvSource({"en", "ko"})
    void trainingCurvesAsSvgAndPdfLookLikeTheirPng(String language) throws Exception {
        OffscreenSnapshot.Request request = request("training", null, Language.fromId(language).orElseThrow());
        byte[][] files = OnFx.call(() -> {
            Node figure = OffscreenSnapshot.figure(request);
            // The curves tab's charts (the inside-the-net tab has curve plots of its own).
            Node curves = ((javafx.scene.control.TabPane) figure.lookup("#training-views")).getTabs().get(0).getContent();
            List<CurvePlot> plots = curves.lookupAll(".curve-plot").stream()
                    .filter(CurvePlot.class::isInstance).map(CurvePlot.class::cast).toList();
            assertEquals(2, plots.size(), "loss and accuracy");
            java.util.Random random = new java.util.Random(6);
            String[] names = {"SGD", "Momentum", "AdaGrad", "Adam"};
            for (CurvePlot plot : plots) {
                boolean loss = plot == plots.get(0);
                for (int g = 0; g < names.length; g++) {
                    int group = plot.addGroup(new javafx.beans.property.SimpleStringProperty(names[g]));
                    int raw = plot.addCurve(group, loss ? CurveStroke.FAINT : CurveStroke.PLAIN);
                    int smooth = loss ? plot.addSmoothed(group, raw) : -1;
                    double rate = 0.002 * (g + 1);
                    for (int i = 0; i <= 2000; i += loss ? 1 : 100) {
                        double level = 2.3 * Math.exp(-rate * i) + 0.05;
                        plot.append(raw, i, loss ? level * (1 + 0.3 * random.nextGaussian()) : 1 - level / 2.5);
                    }
                    assertTrue(smooth != raw);
                }
                plot.refresh();
            }
            figure.getScene().getRoot().applyCss();
            figure.getScene().getRoot().layout();
            Node logScale = figure.lookup("#training-log-y");
            byte[][] exported = {FigureExport.encode(figure, FigureFormat.PNG, 1, "training", null),
                FigureExport.encode(figure, FigureFormat.SVG, 1, "training", null),
                FigureExport.encode(figure, FigureFormat.PDF, 1, "training", null)};
            assertTrue(logScale.isVisible(), "the log-scale box is back on screen after the export");
            return exported;
        });
        BufferedImage png = Rasters.png(files[0]);
        BufferedImage svg = Rasters.svg(files[1], png.getWidth());
        BufferedImage pdf = Rasters.pdf(files[2]);
        String svgText = String.join(" ", VectorFigureTest.texts(VectorFigureTest.parse(files[1])));
        assertFalse(svgText.contains("log") || svgText.contains("로그"), "the screen-only log-scale box is left out: " + svgText);
        assertEquals(0, VectorFigureTest.parse(files[1]).getElementsByTagName("image").getLength(),
                "no control embedded as a bitmap");
        Rasters.keep(png, "training-" + language + "-png");
        Rasters.keep(svg, "training-" + language + "-svg");
        Rasters.keep(pdf, "training-" + language + "-pdf");
        double svgDifference = Rasters.meanDifference(png, svg);
        double pdfDifference = Rasters.meanDifference(png, pdf);
        System.out.printf("training-%s: %d x %d, SVG %d bytes, PDF %d bytes; mean |PNG − SVG| %.2f, |PNG − PDF| %.2f%n",
                language, png.getWidth(), png.getHeight(), files[1].length, files[2].length, svgDifference, pdfDifference);
        assertTrue(svgDifference < 3, "SVG differs by " + svgDifference);
        assertTrue(pdfDifference < 3, "PDF differs by " + pdfDifference);
        assertTrue(files[1].length < 1_000_000, "8 000 points decimated to the pixels: " + files[1].length);
        assertTrue(String.join(" ", VectorFigureTest.texts(VectorFigureTest.parse(files[1]))).contains("Momentum"));
    }

    @Test
    void everyLabAndPageExportsAWellFormedNonEmptySvgAndPdf() throws Exception {
        List<String[]> all = new ArrayList<>();
        for (String lab : Labs.IDS) {
            List<String> pages = Labs.PAGES.getOrDefault(lab, List.of());
            if (pages.isEmpty()) {
                all.add(new String[] {lab, null});
            }
            for (String page : pages) {
                all.add(new String[] {lab, page});
            }
        }
        for (String[] which : all) {
            String name = which[0] + (which[1] == null ? "" : "/" + which[1]);
            OffscreenSnapshot.Request svgRequest = request(which[0], which[1], Language.KOREAN, FigureFormat.SVG);
            OffscreenSnapshot.Request pdfRequest = request(which[0], which[1], Language.KOREAN, FigureFormat.PDF);
            byte[] svg = OnFx.call(() -> OffscreenSnapshot.encode(svgRequest));
            byte[] pdf = OnFx.call(() -> OffscreenSnapshot.encode(pdfRequest));
            Document document = VectorFigureTest.parse(svg);
            int marks = document.getElementsByTagName("path").getLength() + document.getElementsByTagName("image").getLength();
            assertTrue(marks > 0, name + ": the SVG draws something");
            assertTrue(!VectorFigureTest.texts(document).isEmpty(), name + ": the SVG has text");
            BufferedImage picture = Rasters.pdf(pdf);
            assertTrue(picture.getWidth() > 50 && picture.getHeight() > 50, name + ": a page of the figure's size");
            assertTrue(distinctColours(picture) > 8, name + ": the PDF page is not blank");
            Rasters.keep(picture, "all-" + name.replace('/', '-') + "-pdf");
            System.out.printf("%s: SVG %d bytes, PDF %d bytes%n", name, svg.length, pdf.length);
        }
    }

    private static int distinctColours(BufferedImage image) {
        java.util.Set<Integer> colours = new java.util.HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 3) {
            for (int x = 0; x < image.getWidth(); x += 3) {
                colours.add(image.getRGB(x, y));
            }
        }
        return colours.size();
    }

    private static OffscreenSnapshot.Request request(String lab, String page, Language language) {
        return request(lab, page, language, FigureFormat.PNG);
    }

    private static OffscreenSnapshot.Request request(String lab, String page, Language language, FigureFormat format) {
        return new OffscreenSnapshot.Request(lab, page, language, Theme.LIGHT, 100, WIDTH, HEIGHT, 1,
                Path.of("unused"), format);
    }
}
