package org.gradientlab.ui.export;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;

import javafx.scene.Node;
import javafx.scene.image.WritableImage;

import org.gradientlab.core.io.AtomicWrite;
import org.gradientlab.core.io.WriteFailure;
import org.gradientlab.ui.export.vector.VectorFigure;

/**
 * A lab's figure in one of the {@link FigureFormat}s: made on the FX thread (it reads the scene
 * graph), written on any thread through {@link AtomicWrite}, so a PNG, SVG or PDF that fails to
 * write leaves nothing behind and fails with the same {@link WriteFailure}.
 */
public final class FigureExport {

    /**
     * The style class of a control that sits inside a figure on screen but is not part of the
     * picture (the training lab's log-scale box): hidden while the figure is exported, so it
     * leaves its space blank and the layout does not move.
     */
    public static final String SCREEN_ONLY = "screen-only";
    /**
     * The style class of a plain label that stands in, in an exported figure, for a
     * {@link #SCREEN_ONLY} control (the series a choice box picked): invisible on screen, shown
     * while the figure is exported.
     */
    public static final String EXPORT_ONLY = "export-only";

    private FigureExport() {}

    /** {@code figure} as a bitmap at {@code scale}×, without its {@link #SCREEN_ONLY} nodes. FX thread only. */
    public static WritableImage image(Node figure, double scale) {
        return withoutScreenOnly(figure, () -> ImageExport.snapshot(figure, scale));
    }

    /**
     * The file's bytes. {@code scale} sizes a PNG only; a vector file is sized as the figure
     * and embeds what must stay bitmap at full resolution. {@code title} names a PDF document;
     * {@code metadata}, when not null, is stored in the file (a saved scene). FX thread only.
     */
    public static byte[] encode(Node figure, FigureFormat format, int scale, String title, String metadata) {
        return withoutScreenOnly(figure, () -> switch (format) {
            case PNG -> ImageExport.png(ImageExport.snapshot(figure, scale), metadata);
            case SVG -> VectorFigure.svg(figure, metadata);
            case PDF -> VectorFigure.pdf(figure, title, metadata);
        });
    }

    private static <T> T withoutScreenOnly(Node figure, Supplier<T> export) {
        List<Node> hidden = figure.lookupAll("." + SCREEN_ONLY).stream().filter(Node::isVisible).toList();
        List<Node> shown = figure.lookupAll("." + EXPORT_ONLY).stream().filter(n -> !n.isVisible()).toList();
        hidden.forEach(node -> node.setVisible(false));
        shown.forEach(node -> node.setVisible(true));
        try {
            return export.get();
        } finally {
            hidden.forEach(node -> node.setVisible(true));
            shown.forEach(node -> node.setVisible(false));
        }
    }

    /** Writes {@code bytes} to {@code target} atomically. */
    public static void write(byte[] bytes, Path target) throws WriteFailure {
        AtomicWrite.write(target, out -> out.write(bytes));
    }
}
