package org.gradientlab.core.experiment.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.gradientlab.core.data.Mnist;
import org.gradientlab.core.experiment.RunControl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProgressCsvTest {
    @TempDir
    Path dir;

    @Test
    void filesReadBackAsTheRecordsARunPublished() throws IOException, InterruptedException {
        RegularizationComparison config = RegularizationComparison.book(RegularizationComparison.Regularizer.DROPOUT)
                .withLength(3);
        ProgressLog log = new ProgressLog();
        Mnist data = new Mnist(Mnist.bundled().train(), Mnist.bundled().test().first(500));
        try (ExperimentRunner runner = new ExperimentRunner(2)) {
            runner.run(config, data, new RunControl(), log);
        }
        List<String> files = ProgressCsv.fileNames(config.seriesNames());
        assertEquals(List.of("dropout-0.2.csv", "dropout-0.csv"), files);
        for (int s = 0; s < files.size(); s++) {
            Path file = dir.resolve(files.get(s));
            ProgressCsv.write(file, log.series(s));
            assertEquals(ProgressCsv.HEADER, Files.readAllLines(file).get(0));
            assertEquals(log.series(s), ProgressCsv.read(file, config.seriesNames().get(s), s));
        }
    }

    @Test
    void writesUnmeasuredAccuraciesAsEmptyCellsAndDivergedLossesAsNumbers() throws IOException {
        List<Progress> records = List.of(
                new Progress("sgd", 0, 1, -1, 2.5, Double.NaN, Double.NaN, Double.NaN, 0.125, false),
                new Progress("sgd", 0, 2, 0, 1.25, 0.5, 0.25, Double.NaN, 0.25, false),
                new Progress("sgd", 0, 3, -1, Double.POSITIVE_INFINITY, Double.NaN, Double.NaN, Double.NaN, 0.5, true),
                new Progress("sgd", 0, 3, -1, Double.NaN, Double.NaN, Double.NaN, Double.NaN, 0.5, true));
        assertEquals("1,-1,2.5,,,,0.125,0", ProgressCsv.row(records.get(0)));
        assertEquals("2,0,1.25,0.5,0.25,,0.25,0", ProgressCsv.row(records.get(1)));
        assertEquals("3,-1,Infinity,,,,0.5,1", ProgressCsv.row(records.get(2)));
        Path file = dir.resolve("sgd.csv");
        ProgressCsv.write(file, records);
        assertEquals(records, ProgressCsv.read(file, "sgd", 0));
    }

    @Test
    void rejectsFilesThatAreNotProgressCsv() throws IOException {
        Path file = Files.writeString(dir.resolve("x.csv"), "step,x,y,f\n0,1,2,3\n");
        assertThrows(IOException.class, () -> ProgressCsv.read(file, "x", 0));
        Files.writeString(file, ProgressCsv.HEADER + "\n1,-1,2.5\n");
        assertThrows(IOException.class, () -> ProgressCsv.read(file, "x", 0));
    }

    @Test
    void makesSeriesNamesSafeAndDistinctFileNames() {
        assertEquals(List.of("bn-w-0.1.csv", "no-bn-w-0.1.csv", "std-0.01.csv", "trial-7-lr-0.001-wd-1e-07.csv",
                        "adam.csv", "ADAM-2.csv", "series.csv", "a-b.csv"),
                ProgressCsv.fileNames(List.of("bn w=0.1", "no-bn w=0.1", "std=0.01", "trial 7 lr=0.001 wd=1e-07",
                        "adam", "ADAM", "/", "../a/b")));
    }
}
