package org.gradientlab.ui.concepts.preprocessing;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.gradientlab.core.concepts.preprocessing.CloudPreset;
import org.gradientlab.core.concepts.preprocessing.PointCloud;
import org.gradientlab.ui.lab.SetupChecks;

/**
 * The preprocessing page as a saved scene holds it: the preset and seed the cloud was drawn
 * with, the cloud itself when the learner edited it, and the scale mode.
 *
 * @param preset    a preset id: correlated, stretched, two-clusters, uniform-square, nearly-line
 * @param points    the learner's cloud, or null for the preset's own sample of {@code seed}
 * @param sameScale whether the five panels share one scale
 */
public record PreprocessingSetup(String preset, long seed, List<Point> points, boolean sameScale) {
    /** One point of the cloud. */
    public record Point(double x, double y) {
        public Point {
            SetupChecks.in("points.x", x, -Double.MAX_VALUE, Double.MAX_VALUE);
            SetupChecks.in("points.y", y, -Double.MAX_VALUE, Double.MAX_VALUE);
        }
    }

    public PreprocessingSetup {
        SetupChecks.oneOf("preset", preset, Arrays.stream(CloudPreset.values()).map(PreprocessingSetup::id).toList());
        if (points != null) {
            points = List.copyOf(points);
            SetupChecks.in("points (count)", points.size(), 0, PointCloud.MAX_POINTS);
        }
    }

    static String id(CloudPreset preset) {
        return preset.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    CloudPreset cloudPreset() {
        return Arrays.stream(CloudPreset.values()).filter(p -> id(p).equals(preset)).findFirst().orElseThrow();
    }

    /** The cloud the setup describes. */
    PointCloud cloud() {
        if (points == null) {
            return cloudPreset().sample(seed, CloudPreset.DEFAULT_COUNT);
        }
        return new PointCloud(points.stream().mapToDouble(Point::x).toArray(),
                points.stream().mapToDouble(Point::y).toArray());
    }

    /** {@code cloud} as drawn by {@code preset} and {@code seed} (points null), or with its points. */
    static PreprocessingSetup of(CloudPreset preset, long seed, PointCloud cloud, boolean sameScale) {
        PointCloud drawn = preset.sample(seed, CloudPreset.DEFAULT_COUNT);
        boolean edited = !Arrays.equals(drawn.xs(), cloud.xs()) || !Arrays.equals(drawn.ys(), cloud.ys());
        List<Point> points = null;
        if (edited) {
            points = new java.util.ArrayList<>();
            for (int i = 0; i < cloud.size(); i++) {
                points.add(new Point(cloud.x(i), cloud.y(i)));
            }
        }
        return new PreprocessingSetup(id(preset), seed, points, sameScale);
    }
}
