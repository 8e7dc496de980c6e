package org.gradientlab.ui.optimizer;

import java.io.IOException;
import java.util.List;

import org.gradientlab.core.surface.TrajectoryPoint;

/** The runs' paths as CSV {@code step,optimizer,x,y,f}, one row per point, the runs one after another. */
final class TrajectoryCsv {
    static final String HEADER = "step,optimizer,x,y,f";

    private TrajectoryCsv() {}

    static void write(Appendable out, List<Run> runs) throws IOException {
        out.append(HEADER).append('\n');
        for (Run run : runs) {
            for (TrajectoryPoint p : run.trajectory().points()) {
                // Double.toString, as the trajectory command: the shortest text that reads back exactly.
                out.append(Integer.toString(p.step())).append(',').append(run.kind().id()).append(',')
                        .append(Double.toString(p.x())).append(',').append(Double.toString(p.y())).append(',')
                        .append(Double.toString(p.f())).append('\n');
            }
        }
    }
}
