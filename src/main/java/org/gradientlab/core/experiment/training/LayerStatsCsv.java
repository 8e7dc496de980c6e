package org.gradientlab.core.experiment.training;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.StringJoiner;

import org.gradientlab.core.io.AtomicWrite;
import org.gradientlab.core.nn.LayerProbe;
import org.gradientlab.core.nn.LayerStats;

/**
 * Per-layer statistics as CSV: one row per series, sampled iteration and layer, with the
 * columns of {@link #header()}: series, iteration, layer, units, grad_norm, update_ratio,
 * dead_share, saturated_share, mean, std, hist_min, hist_max, bin_0 … bin_29 (the activation
 * counts of {@link LayerStats#counts()}). A number that is not defined there (the output layer's
 * activation numbers, ReLU's saturation) is an empty cell. Numbers are the shortest text that
 * reads back to the same double.
 */
public final class LayerStatsCsv {

    private LayerStatsCsv() {}

    public static String header() {
        StringJoiner header = new StringJoiner(",");
        header.add("series,iteration,layer,units,grad_norm,update_ratio,dead_share,saturated_share,mean,std,"
                + "hist_min,hist_max");
        for (int b = 0; b < LayerProbe.BINS; b++) {
            header.add("bin_" + b);
        }
        return header.toString();
    }

    /** The rows of one record, one per layer. */
    public static List<String> rows(LayerStatsRecord record) {
        return record.layers().stream().map(layer -> row(record, layer)).toList();
    }

    private static String row(LayerStatsRecord record, LayerStats s) {
        StringJoiner row = new StringJoiner(",");
        row.add(quoted(record.series())).add(Integer.toString(record.iteration())).add(Integer.toString(s.layer()))
                .add(Integer.toString(s.units())).add(cell(s.gradientNorm())).add(cell(s.updateRatio()))
                .add(cell(s.deadShare())).add(cell(s.saturatedShare())).add(cell(s.mean())).add(cell(s.std()))
                .add(cell(s.histogramMin())).add(cell(s.histogramMax()));
        for (int b = 0; b < LayerProbe.BINS; b++) {
            row.add(s.hasActivations() ? Integer.toString(s.count(b)) : "");
        }
        return row.toString();
    }

    private static String cell(double value) {
        return Double.isNaN(value) ? "" : Double.toString(value);
    }

    /** A series name with a comma or quote in double quotes, quotes doubled (RFC 4180). */
    private static String quoted(String text) {
        return text.contains(",") || text.contains("\"") ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }

    /** Writes the records in the order given (e.g. series by series, iterations ascending). */
    public static void write(Path file, List<LayerStatsRecord> records) throws IOException {
        AtomicWrite.writeText(file, out -> {
            out.write(header());
            out.write(System.lineSeparator());
            for (LayerStatsRecord record : records) {
                for (String row : rows(record)) {
                    out.write(row);
                    out.write(System.lineSeparator());
                }
            }
        });
    }
}
