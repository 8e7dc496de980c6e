package org.gradientlab.ui.export;

import java.nio.file.Path;

import javafx.scene.Node;

import org.gradientlab.core.io.AtomicWrite;
import org.gradientlab.core.io.WriteFailure;
import org.gradientlab.ui.export.vector.VectorFigure;

/**
 * A lab's figure in one of the {@link FigureFormat}s: made on the FX thread (it reads the scene
 * graph), written on any thread through {@link AtomicWrite}, so a PNG, SVG or PDF that fails to
 * write leaves nothing behind and fails with the same {@link WriteFailure}.
 */
public final class FigureExport {

    private FigureExport() {}

    /**
     * The file's bytes. {@code scale} sizes a PNG only; a vector file is sized as the figure
     * and embeds what must stay bitmap at full resolution. {@code title} names a PDF document;
     * {@code metadata}, when not null, is stored in the file (a saved scene). FX thread only.
     */
    public static byte[] encode(Node figure, FigureFormat format, int scale, String title, String metadata) {
        return switch (format) {
            case PNG -> ImageExport.png(ImageExport.snapshot(figure, scale), metadata);
            case SVG -> VectorFigure.svg(figure, metadata);
            case PDF -> VectorFigure.pdf(figure, title, metadata);
        };
    }

    /** Writes {@code bytes} to {@code target} atomically. */
    public static void write(byte[] bytes, Path target) throws WriteFailure {
        AtomicWrite.write(target, out -> out.write(bytes));
    }
}
