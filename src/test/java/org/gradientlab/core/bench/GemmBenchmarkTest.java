package org.gradientlab.core.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.gradientlab.core.linalg.GemmKernels;
import org.gradientlab.core.bench.GemmBenchmark.Result;
import org.gradientlab.core.bench.GemmBenchmark.Settings;
import org.gradientlab.core.bench.GemmBenchmark.Shape;
import org.junit.jupiter.api.Test;

/** What the benchmark reports, not how fast anything is (speed belongs to the benchmark itself). */
class GemmBenchmarkTest {

    @Test
    void namesShapesAsStoredWithTheTransposeMarked() {
        assertEquals("128x784 · 784x100", new Shape("x·W", 128, 100, 784, false, false).product());
        assertEquals("128x784ᵀ · 128x100", new Shape("dW", 784, 100, 128, true, false).product());
        assertEquals("128x100 · 784x100ᵀ", new Shape("dx", 128, 784, 100, false, true).product());
        assertEquals(2.0 * 128 * 100 * 784, new Shape("x·W", 128, 100, 784, false, false).flops());
    }

    @Test
    void coversEveryProductOfOneTrainingStepAndTheProbe() {
        List<Shape> shapes = GemmBenchmark.trainingShapes();
        assertEquals(10, shapes.size());
        assertTrue(shapes.contains(new Shape("forward layer 1", 128, 100, 784, false, false)));
        assertTrue(shapes.contains(new Shape("activation probe", 1000, 100, 100, false, false)));
        assertEquals(3, shapes.stream().filter(Shape::transposeA).count());
        assertEquals(3, shapes.stream().filter(Shape::transposeB).count());
    }

    @Test
    void reportsTimeAndRateOfBothKernelsPerShape() {
        List<Shape> shapes = List.of(new Shape("small", 7, 9, 11, false, true), new Shape("tall", 40, 3, 5, true, false));
        List<Result> results = GemmBenchmark.run(shapes, new Settings(0, 1, 3));
        assertEquals(shapes, results.stream().map(Result::shape).toList());
        for (Result r : results) {
            assertTrue(r.plainMillis() > 0 && r.vectorMillis() > 0, r.toString());
            assertEquals(r.shape().flops() / (r.plainMillis() * 1e6), r.plainGflops(), 1e-9 * r.plainGflops());
            assertEquals(r.shape().flops() / (r.vectorMillis() * 1e6), r.vectorGflops(), 1e-9 * r.vectorGflops());
            // The peak probe runs only where the vector kernel does; then it is a positive rate.
            assertEquals(GemmKernels.vector().isPresent(), r.peakGflops() > 0, r.toString());
            assertEquals(r.vectorGflops() / r.peakGflops(), r.fractionOfPeak(), 1e-12);
        }
        assertTrue(GemmBenchmark.summary(results).contains("% of peak"), GemmBenchmark.summary(results));
        String table = GemmBenchmark.table(results);
        assertEquals(3, table.lines().count(), table);
        assertTrue(table.lines().skip(1).allMatch(line -> line.startsWith("small") || line.startsWith("tall")), table);
    }

    @Test
    void rejectsSettingsWithoutTrials() {
        var e = assertThrows(IllegalArgumentException.class, () -> new Settings(0, 10, 0));
        assertTrue(e.getMessage().contains("trials >= 1"), e.getMessage());
    }
}
