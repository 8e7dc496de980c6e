package org.gradientlab.ui.training;

import java.util.List;

import javafx.geometry.VPos;
import javafx.scene.text.TextAlignment;

import org.gradientlab.ui.i18n.I18n;
import org.gradientlab.ui.kit.plot.Painter;
import org.gradientlab.ui.kit.plot.PlotCanvas;

/**
 * One row naming the layers' colours for the three small plots of "Inside the net" (compact
 * plots have no legend of their own): layer k in series colour k−1, the output layer last, and
 * the dotted 1e-3 guide.
 */
final class LayerKey extends PlotCanvas {
    private static final double LINE = 18;
    private final I18n i18n;
    private List<Boolean> hidden = List.of();

    LayerKey(I18n i18n) {
        super(1);
        this.i18n = i18n;
        getStyleClass().add("layer-key");
        setMinHeight(20);
        setPrefSize(600, 22);
        i18n.whenLanguageChanges(this::invalidateAll);
    }

    /** The layers to name: true for a hidden layer, false for the output layer. */
    void show(List<Boolean> hiddenLayers) {
        hidden = List.copyOf(hiddenLayers);
        invalidateAll();
    }

    @Override
    protected void paintLayer(int layer, Painter p, double width, double height) {
        p.setFont(plotFont());
        p.setTextBaseline(VPos.CENTER);
        p.setTextAlign(TextAlignment.LEFT);
        double y = height / 2;
        double x = 4;
        for (int k = 0; k < hidden.size(); k++) {
            String name = hidden.get(k) ? i18n.text("training.inside.layer", k + 1) : i18n.text("training.inside.output");
            x = entry(p, x, y, name, k, false);
        }
        if (!hidden.isEmpty()) {
            entry(p, x, y, i18n.text("training.inside.guide"), -1, true);
        }
    }

    private double entry(Painter p, double x, double y, String name, int colour, boolean dotted) {
        p.setStroke(colour < 0 ? lineColour() : seriesColour(colour));
        p.setLineWidth(2);
        if (dotted) {
            p.setLineDashes(2, 3);
        }
        p.strokeLine(x, y, x + LINE, y);
        p.setLineDashes();
        p.setFill(textColour());
        p.fillText(name, x + LINE + 4, y);
        return x + LINE + 4 + Painter.textWidth(name, plotFont()) + 14;
    }
}
