package org.gradientlab.core.experiment.probe;

import java.util.List;
import java.util.Locale;

/**
 * Per-layer statistics as CSV, the columns of the {@code activations} command (DESIGN.md):
 * {@code layer,mean,std,min,max,c0,…} with one c column per histogram bin, numbers as %.6g.
 * A layer whose values overflowed float has {@value #OVERFLOW} in its four statistics, not NaN.
 */
public final class LayerStatisticsCsv {
    public static final String OVERFLOW = "overflow";

    private LayerStatisticsCsv() {}

    /** Header and one line per layer, each ending in '\n'; the bins of the first layer name the columns. */
    public static String of(List<LayerStatistics> layers) {
        int bins = layers.isEmpty() ? 0 : layers.get(0).counts().size();
        StringBuilder out = new StringBuilder(header(bins)).append('\n');
        for (LayerStatistics layer : layers) {
            out.append(row(layer)).append('\n');
        }
        return out.toString();
    }

    /** The first layer in {@code layers} whose values overflowed, if any. */
    public static java.util.Optional<LayerStatistics> firstOverflow(List<LayerStatistics> layers) {
        return layers.stream().filter(LayerStatistics::overflowed).findFirst();
    }

    public static String header(int bins) {
        StringBuilder header = new StringBuilder("layer,mean,std,min,max");
        for (int i = 0; i < bins; i++) {
            header.append(",c").append(i);
        }
        return header.toString();
    }

    public static String row(LayerStatistics layer) {
        StringBuilder line = new StringBuilder().append(layer.layer());
        for (double value : new double[] {layer.mean(), layer.std(), layer.min(), layer.max()}) {
            line.append(',').append(layer.overflowed() ? OVERFLOW : String.format(Locale.ROOT, "%.6g", value));
        }
        for (int count : layer.counts()) {
            line.append(',').append(count);
        }
        return line.toString();
    }
}
