package org.gradientlab.ui.concepts.preprocessing;

import java.util.List;

import org.gradientlab.core.concepts.preprocessing.Moments;
import org.gradientlab.core.concepts.preprocessing.StageResult;
import org.gradientlab.core.surface.ViewRect;

/** The square data frame that shows stages whole: their points, eigenvector arrows and the origin. */
final class Framing {
    /** An empty cloud shows this frame, room to click the first points into. */
    static final ViewRect EMPTY = new ViewRect(-5, 5, -5, 5);
    private static final double MARGIN = 1.2;
    private static final double MIN_HALF_SIDE = 1;

    private Framing() {}

    static ViewRect fit(List<StageResult> stages) {
        // The origin is always in view: zero-centring is seen as the cloud moving onto it.
        double[] box = {0, 0, 0, 0};
        boolean any = false;
        for (StageResult s : stages) {
            for (int i = 0; i < s.size(); i++) {
                include(box, s.xs()[i], s.ys()[i]);
                any = true;
            }
            if (s.hasMoments()) {
                Moments m = s.moments();
                for (int k = 0; k < 2; k++) {
                    double length = Math.sqrt(m.eigenvalues()[k]);
                    include(box, m.meanX() + length * m.eigenvectors()[k][0], m.meanY() + length * m.eigenvectors()[k][1]);
                }
            }
        }
        if (!any) {
            return EMPTY;
        }
        double cx = (box[0] + box[1]) / 2;
        double cy = (box[2] + box[3]) / 2;
        double half = Math.max(MIN_HALF_SIDE, MARGIN * Math.max(box[1] - box[0], box[3] - box[2]) / 2);
        return new ViewRect(cx - half, cx + half, cy - half, cy + half);
    }

    private static void include(double[] box, double x, double y) {
        box[0] = Math.min(box[0], x);
        box[1] = Math.max(box[1], x);
        box[2] = Math.min(box[2], y);
        box[3] = Math.max(box[3], y);
    }
}
