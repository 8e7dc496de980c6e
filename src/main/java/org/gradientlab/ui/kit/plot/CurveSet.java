package org.gradientlab.ui.kit.plot;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import javafx.beans.value.ObservableStringValue;

import org.gradientlab.ui.i18n.I18n;
import org.gradientlab.ui.widgets.SeriesBuffer;
import org.gradientlab.ui.widgets.Smoothing;

/**
 * The data of a {@link CurvePlot}, no drawing: legend groups, their curves with every point
 * received (for export and the read-out), and for each curve the decimated points on show.
 */
final class CurveSet {
    /** A legend entry; its curves share its colour and are hidden with it. */
    static final class Group {
        final ObservableStringValue name;
        final int colour;
        boolean visible = true;
        boolean diverged;

        Group(ObservableStringValue name, int colour) {
            this.name = name;
            this.colour = colour;
        }
    }

    static final class Curve {
        final int group;
        final CurveStroke stroke;
        /** Every point; null for a smoothed curve, which reads its source's. */
        final SeriesBuffer data;
        final int smoothedFrom;
        boolean markLast;
        // The points on show, in plotted units (log₁₀ of the data on a log axis).
        double[] xs = new double[0];
        double[] ys = new double[0];
        int shown;

        Curve(int group, CurveStroke stroke, SeriesBuffer data, int smoothedFrom) {
            this.group = group;
            this.stroke = stroke;
            this.data = data;
            this.smoothedFrom = smoothedFrom;
        }

        void keep(double x, double y) {
            if (shown == xs.length) {
                xs = Arrays.copyOf(xs, Math.max(16, 2 * shown));
                ys = Arrays.copyOf(ys, xs.length);
            }
            xs[shown] = x;
            ys[shown] = y;
            shown++;
        }
    }

    final List<Group> groups = new ArrayList<>();
    final List<Curve> curves = new ArrayList<>();

    /** The points {@code curve} is drawn from: its own, or its source's smoothed (the book's smooth_curve). */
    SeriesBuffer source(Curve curve) {
        if (curve.data != null) {
            return curve.data;
        }
        SeriesBuffer raw = curves.get(curve.smoothedFrom).data;
        double[] y = Smoothing.smooth(raw.ys());
        SeriesBuffer out = new SeriesBuffer();
        for (int i = 0; i < y.length; i++) {
            out.add(raw.x(i), y[i]);
        }
        return out;
    }

    /**
     * Decimates every curve into its points on show (at most two per bucket over [xMin, xMax],
     * {@link Decimation}); returns {min, max} of the shown y of visible curves (±∞ when none).
     */
    double[] decimate(double xMin, double xMax, int buckets, boolean log) {
        double[] range = {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};
        for (Curve curve : curves) {
            curve.shown = 0;
            boolean counts = groups.get(curve.group).visible;
            Decimation.decimate(source(curve), xMin, xMax, buckets, (x, y) -> {
                double plotted = log ? Math.log10(y) : y;
                if (Double.isFinite(plotted)) {
                    curve.keep(x, plotted);
                    if (counts) {
                        range[0] = Math.min(range[0], plotted);
                        range[1] = Math.max(range[1], plotted);
                    }
                }
            });
        }
        return range;
    }

    /** The highest finite y at x ≥ {@code from}, each y capped at {@code cap}; 0 when there is none. */
    double highest(double from, double cap) {
        double top = 0;
        for (Curve curve : curves) {
            if (curve.data == null || !groups.get(curve.group).visible) {
                continue;
            }
            for (int i = 0; i < curve.data.size(); i++) {
                double y = curve.data.y(i);
                if (Double.isFinite(y) && curve.data.x(i) >= from) {
                    top = Math.max(top, Math.min(y, cap));
                }
            }
        }
        return top;
    }

    /** Whether no curve has a finite point. */
    boolean empty() {
        for (Curve curve : curves) {
            if (curve.data != null) {
                for (int i = 0; i < curve.data.size(); i++) {
                    if (Double.isFinite(curve.data.y(i))) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    /** The legend text of {@code group}: its name, in {@code divergedKey}'s words once it diverged. */
    String label(int group, I18n i18n, String divergedKey) {
        Group g = groups.get(group);
        String name = g.name == null || g.name.get() == null ? "" : g.name.get();
        return g.diverged ? i18n.text(divergedKey, name) : name;
    }

    /** The indices of the groups with a legend entry (a name). */
    List<Integer> named() {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < groups.size(); i++) {
            if (groups.get(i).name != null) {
                out.add(i);
            }
        }
        return out;
    }

    /** The legend texts of {@link #named()}, in order. */
    List<String> labels(I18n i18n, String divergedKey) {
        return named().stream().map(g -> label(g, i18n, divergedKey)).toList();
    }

    void clear() {
        groups.clear();
        curves.clear();
    }
}
