package org.gradientlab.ui.optimizer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.List;

import org.gradientlab.core.optim.OptimizerKind;
import org.gradientlab.core.surface.TrajectoryPoint;
import org.junit.jupiter.api.Test;

class TrajectoryCsvTest {
    @Test
    void writesOneRowPerPointOfEachShownRun() throws IOException {
        OptimizerLabModel model = new OptimizerLabModel();
        model.run(OptimizerKind.MOMENTUM).enabledProperty().set(false);
        StringBuilder out = new StringBuilder();
        TrajectoryCsv.write(out, model.enabledRuns());
        List<String> lines = out.toString().lines().toList();
        assertEquals("step,optimizer,x,y,f", lines.get(0));
        assertEquals(1 + 5 * 31, lines.size());
        TrajectoryPoint last = model.run(OptimizerKind.SGD).trajectory().point(30);
        assertEquals("30,sgd," + last.x() + "," + last.y() + "," + last.f(), lines.get(31));
        assertEquals("0,nesterov,-7.0,2.0,6.45", lines.get(32));
    }

    @Test
    void gifFramesThinLongRunsButKeepTheLastStep() {
        assertEquals(31, GifRecorder.frameSteps(30).size());
        List<Integer> long1000 = GifRecorder.frameSteps(1000);
        assertEquals(1000, long1000.get(long1000.size() - 1));
        assertEquals(true, long1000.size() <= GifRecorder.MAX_FRAMES + 1);
        assertEquals(7, long1000.get(1));
    }
}
