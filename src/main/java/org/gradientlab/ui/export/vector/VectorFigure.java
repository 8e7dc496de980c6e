package org.gradientlab.ui.export.vector;

import java.nio.charset.StandardCharsets;

import javafx.geometry.Bounds;
import javafx.scene.Node;

import org.gradientlab.core.scene.PngText;

/**
 * A figure (a lab's export node) as an SVG or PDF file's bytes, sized as its PNG at 1×. FX thread
 * only: it reads the scene graph; the bytes may then be written on any thread.
 */
public final class VectorFigure {
    /**
     * The name the optional metadata string (a saved scene, as JSON) is stored under: the PDF's
     * document-information key; in SVG it is the {@code <metadata>} element.
     */
    public static final String METADATA_KEY = PngText.SCENE;

    private VectorFigure() {}

    /** The figure as SVG (UTF-8); {@code metadata} may be null. */
    public static byte[] svg(Node figure, String metadata) {
        Bounds page = SceneWalker.page(figure);
        SvgPainter painter = new SvgPainter(page.getWidth(), page.getHeight());
        SceneWalker.paint(figure, painter);
        return painter.toXml(metadata).getBytes(StandardCharsets.UTF_8);
    }

    /** The figure as a one-page PDF titled {@code title}; {@code metadata} may be null. */
    public static byte[] pdf(Node figure, String title, String metadata) {
        Bounds page = SceneWalker.page(figure);
        try (PdfPainter painter = new PdfPainter(page.getWidth(), page.getHeight())) {
            SceneWalker.paint(figure, painter);
            return painter.toPdf(title, metadata);
        }
    }
}
