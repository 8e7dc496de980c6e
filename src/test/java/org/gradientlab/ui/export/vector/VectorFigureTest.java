package org.gradientlab.ui.export.vector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.parsers.DocumentBuilderFactory;

import javafx.stage.Stage;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import org.gradientlab.ui.OnFx;
import org.gradientlab.ui.UiTestKit;
import org.gradientlab.ui.export.ImageExport;
import org.gradientlab.ui.theme.Fonts;

/** Issue 17: a figure as SVG and PDF holds its text as text, its Hangul, and looks as its PNG does. */
@ExtendWith(ApplicationExtension.class)
class VectorFigureTest {
    private SketchFigure figure;

    @Start
    void start(Stage stage) {
        figure = new SketchFigure();
        UiTestKit.show(stage, figure.root, 520, 520);
    }

    @Test
    void svgIsXmlWithEveryLabelAsTextInTheNamedFont(FxRobot robot) throws Exception {
        Document svg = parse(OnFx.call(() -> VectorFigure.svg(figure.root, null)));
        List<String> texts = texts(svg);
        assertTrue(texts.contains(SketchFigure.AXIS_LABEL), texts.toString());
        assertTrue(texts.contains(SketchFigure.TITLE), texts.toString());
        assertTrue(String.join(" ", texts).contains("그림 1: 확률적 경사 하강법의 경로."), "the caption, " + texts);
        assertTrue(texts.stream().filter(t -> t.contains("f(x, y)") || t.contains("wrapped")).count() >= 1, texts.toString());
        assertTrue(texts.contains("OK") == false, "the button is a picture, not loose text: " + texts);
        Element group = (Element) svg.getElementsByTagName("g").item(0);
        assertTrue(group.getAttribute("font-family").contains(Fonts.FAMILY), group.getAttribute("font-family"));
        assertTrue(svg.getElementsByTagName("path").getLength() > 10, "shapes are paths");
        assertTrue(svg.getElementsByTagName("clipPath").getLength() >= 1, "the plot's clip");
        // The ramp image, the bare canvas and the button: three embedded pictures.
        assertEquals(3, svg.getElementsByTagName("image").getLength());
    }

    @Test
    void pdfHoldsTheKoreanLabelsInAnEmbeddedSubsetOfTheBundledFont(FxRobot robot) throws Exception {
        byte[] pdf = OnFx.call(() -> VectorFigure.pdf(figure.root, "Sketch", null));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertEquals(1, document.getNumberOfPages());
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains(SketchFigure.AXIS_LABEL), text);
            assertTrue(text.contains("확률적 경사 하강법의"), text);
            if (SystemFonts.fallback().isPresent()) {
                // ⁻ is not in Noto Sans KR: the screen takes it from the system's font, so does the PDF.
                assertTrue(text.contains("10⁻²"), text);
            }
            PDResources resources = document.getPage(0).getResources();
            List<String> fonts = new ArrayList<>();
            for (COSName name : resources.getFontNames()) {
                PDFont font = resources.getFont(name);
                assertTrue(font.isEmbedded(), font.getName());
                fonts.add(font.getName());
            }
            // A subset's name starts with six capitals and a plus (PDF 32000 §9.6.4).
            assertTrue(fonts.stream().anyMatch(f -> f.matches("[A-Z]{6}\\+NotoSansKR-Regular")), fonts.toString());
            assertTrue(fonts.stream().anyMatch(f -> f.matches("[A-Z]{6}\\+NotoSansKR-Bold")), "the bold title, " + fonts);
            double width = document.getPage(0).getMediaBox().getWidth();
            assertEquals(OnFx.call(() -> figure.root.getBoundsInParent().getWidth()), width, 0.01, "page sized to the figure");
        }
        assertTrue(pdf.length < 200_000, "a subset, not the 6 MB font: " + pdf.length + " bytes");
    }

    @Test
    void rasterisedSvgAndPdfLookLikeThePngOfTheSameFigure(FxRobot robot) {
        byte[][] files = OnFx.call(() -> new byte[][] {
            ImageExport.png(ImageExport.snapshot(figure.root, 1), null),
            VectorFigure.svg(figure.root, null),
            VectorFigure.pdf(figure.root, "Sketch", null)});
        BufferedImage png = Rasters.png(files[0]);
        BufferedImage svg = Rasters.svg(files[1], png.getWidth());
        BufferedImage pdf = Rasters.pdf(files[2]);
        Rasters.keep(png, "sketch-png");
        Rasters.keep(svg, "sketch-svg");
        Rasters.keep(pdf, "sketch-pdf");
        assertEquals(png.getWidth(), pdf.getWidth(), 1);
        assertEquals(png.getHeight(), pdf.getHeight(), 1);
        double svgDifference = Rasters.meanDifference(png, svg);
        double pdfDifference = Rasters.meanDifference(png, pdf);
        System.out.printf("sketch figure: mean |PNG − SVG| %.2f, |PNG − PDF| %.2f (of 255)%n", svgDifference, pdfDifference);
        assertTrue(svgDifference < 3, "SVG differs by " + svgDifference);
        assertTrue(pdfDifference < 3, "PDF differs by " + pdfDifference);
    }

    @Test
    void aDenseCurveIsThinnedToWhatTheEyeSeesWithTwoDecimals(FxRobot robot) {
        String svg = new String(OnFx.call(() -> VectorFigure.svg(figure.root, null)), StandardCharsets.UTF_8);
        Matcher longest = Pattern.compile("d=\"([^\"]*)\"").matcher(svg);
        int points = 0;
        while (longest.find()) {
            points = Math.max(points, longest.group(1).split("[ LMC]+").length / 2);
        }
        // 4000 points over 400 px: about one kept per quarter pixel of arc, far fewer than drawn.
        assertTrue(points > 100 && points < SketchFigure.CURVE_POINTS / 2, "the curve keeps " + points + " points");
        assertFalse(Pattern.compile("\\d\\.\\d{3}").matcher(svg.replaceAll("base64,[^\"]*", "")
                .replaceAll("matrix\\([^)]*\\)", "")).find(), "no coordinate has more than two decimals");
    }

    @Test
    void metadataTravelsInsideEveryFormat(FxRobot robot) throws Exception {
        String scene = "{\"lab\":\"optimizer\",\"note\":\"<경로> & 'start'\"}";
        byte[][] files = OnFx.call(() -> new byte[][] {
            VectorFigure.svg(figure.root, scene),
            VectorFigure.pdf(figure.root, "Sketch", scene),
            ImageExport.png(ImageExport.snapshot(figure.root, 1), scene)});
        Document svg = parse(files[0]);
        assertEquals(scene, svg.getElementsByTagName("metadata").item(0).getTextContent());
        try (PDDocument pdf = Loader.loadPDF(files[1])) {
            assertEquals(scene, pdf.getDocumentInformation().getCustomMetadataValue(VectorFigure.METADATA_KEY));
            assertEquals("Sketch", pdf.getDocumentInformation().getTitle());
        }
        var reader = javax.imageio.ImageIO.getImageReadersByFormatName("png").next();
        reader.setInput(javax.imageio.ImageIO.createImageInputStream(new ByteArrayInputStream(files[2])));
        var tree = (javax.imageio.metadata.IIOMetadataNode) reader.getImageMetadata(0).getAsTree("javax_imageio_png_1.0");
        Element entry = (Element) tree.getElementsByTagName("iTXtEntry").item(0);
        assertEquals(VectorFigure.METADATA_KEY, entry.getAttribute("keyword"));
        assertEquals(scene, entry.getAttribute("text"));
    }

    /**
     * A header line that runs past the figure's right edge (as a wrapped title's last word can)
     * leaves the page where the screen has the figure: its layout box, the PNG's box too.
     */
    @Test
    void aHeaderOverflowingTheEdgeDoesNotMoveTheVectorPage(FxRobot robot) throws Exception {
        byte[][] files = OnFx.call(() -> {
            javafx.scene.layout.VBox box = new javafx.scene.layout.VBox(
                    new javafx.scene.text.Text("A header far longer than the figure is wide, 60,000 training images"),
                    new javafx.scene.shape.Rectangle(300, 100, javafx.scene.paint.Color.STEELBLUE));
            box.setMinSize(300, 140);
            box.setPrefSize(300, 140);
            box.setMaxSize(300, 140);
            javafx.scene.Group root = new javafx.scene.Group(box);
            new javafx.scene.Scene(root);
            root.applyCss();
            root.layout();
            assertTrue(box.getBoundsInParent().getWidth() > 320, "the header overflows: " + box.getBoundsInParent());
            return new byte[][] {ImageExport.png(ImageExport.snapshot(box, 1), null),
                VectorFigure.svg(box, null), VectorFigure.pdf(box, "Overflow", null)};
        });
        Element svg = parse(files[1]).getDocumentElement();
        assertEquals("300", svg.getAttribute("width"));
        assertEquals("140", svg.getAttribute("height"));
        try (PDDocument pdf = Loader.loadPDF(files[2])) {
            assertEquals(300, pdf.getPage(0).getMediaBox().getWidth(), 0.01);
            assertEquals(140, pdf.getPage(0).getMediaBox().getHeight(), 0.01);
        }
        BufferedImage png = Rasters.png(files[0]);
        assertEquals(300, png.getWidth(), "the PNG takes the same box");
        assertEquals(140, png.getHeight());
        double svgDifference = Rasters.meanDifference(png, Rasters.svg(files[1], png.getWidth()));
        assertTrue(svgDifference < 3, "SVG differs by " + svgDifference);
    }

    static Document parse(byte[] svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg));
    }

    static List<String> texts(Document svg) {
        NodeList nodes = svg.getElementsByTagName("text");
        List<String> out = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            out.add(nodes.item(i).getTextContent());
        }
        return out;
    }
}
