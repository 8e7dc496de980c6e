package org.gradientlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import org.gradientlab.core.data.Dataset;
import org.gradientlab.core.data.Mnist;
import org.gradientlab.core.experiment.training.ExperimentRunner;
import org.gradientlab.core.experiment.training.InitComparison;
import org.gradientlab.core.experiment.training.LayerStatsCsv;
import org.gradientlab.core.experiment.training.LayerStatsLog;
import org.gradientlab.core.experiment.training.Progress;
import org.gradientlab.core.experiment.training.ProgressCsv;
import org.gradientlab.core.experiment.training.ProgressLog;
import org.gradientlab.core.experiment.RunControl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TrainCommandTest {
    private static final String NUMBER = "\\d+\\.\\d{4}";

    @TempDir
    Path dir;

    private static List<Progress> timeless(List<Progress> records) {
        return records.stream().map(p -> new Progress(p.series(), p.seriesIndex(), p.iteration(), p.epoch(), p.loss(),
                p.trainAccuracy(), p.testAccuracy(), p.validationAccuracy(), 0, p.diverged())).toList();
    }

    @Test
    void writesOneCsvPerSeriesHoldingTheRecordsOfTheRun() throws Exception {
        Path out = dir.resolve("curves");
        CliRun run = CliRun.of("train", "--experiment", "init", "--iterations", "30", "--train-size", "2000", "--seed", "3",
                "--out", out.toString());
        assertEquals(0, run.exitCode(), run.err());

        List<String> names = List.of("std=0.01", "xavier", "he");
        assertEquals(3, run.lines().size(), run.out());
        for (int s = 0; s < 3; s++) {
            assertTrue(run.lines().get(s).matches(names.get(s).replace(".", "\\.") + " loss=" + NUMBER + " train_acc="
                    + NUMBER + " test_acc=" + NUMBER + " seconds=\\d+\\.\\d"), run.lines().get(s));
        }
        // The same config in the core, seeded alike, publishes what the files hold.
        InitComparison config = InitComparison.book().withLength(30)
                .withSetup(InitComparison.book().setup().withTrainSize(2000).withSeed(3));
        ProgressLog log = new ProgressLog();
        try (ExperimentRunner runner = new ExperimentRunner(2)) {
            runner.run(config, Mnist.bundled(), new RunControl(), log);
        }
        List<String> files = List.of("std-0.01.csv", "xavier.csv", "he.csv");
        try (var listing = Files.list(out)) {
            assertEquals(3, listing.count());
        }
        for (int s = 0; s < 3; s++) {
            List<Progress> written = ProgressCsv.read(out.resolve(files.get(s)), names.get(s), s);
            assertEquals(30, written.size());
            assertEquals(timeless(log.series(s)), timeless(written));
            String trainAccuracy = String.format(java.util.Locale.ROOT, "train_acc=%.4f", written.get(29).trainAccuracy());
            assertTrue(run.lines().get(s).contains(trainAccuracy), run.lines().get(s));
        }
    }

    @Test
    void writesPerLayerStatisticsAsCsvAtIterationOneAndEveryNth() throws Exception {
        Path file = dir.resolve("layers.csv");
        CliRun run = CliRun.of("train", "--experiment", "init", "--iterations", "25", "--train-size", "2000",
                "--seed", "3", "--layer-stats", file.toString(), "--every", "10");
        assertEquals(0, run.exitCode(), run.err());

        List<String> lines = Files.readAllLines(file);
        assertEquals(LayerStatsCsv.header(), lines.get(0));
        // 3 series × iterations 1, 10, 20 × 5 layers (4 hidden and the output layer).
        assertEquals(1 + 3 * 3 * 5, lines.size());
        assertTrue(lines.get(0).startsWith("series,iteration,layer,units,grad_norm,update_ratio,dead_share,"
                + "saturated_share,mean,std,hist_min,hist_max,bin_0,"), lines.get(0));
        // The same config in the core gives the same numbers, row for row.
        InitComparison config = InitComparison.book().withLength(25)
                .withSetup(InitComparison.book().setup().withTrainSize(2000).withSeed(3));
        LayerStatsLog log = new LayerStatsLog(10);
        try (ExperimentRunner runner = new ExperimentRunner(2)) {
            runner.run(config, Mnist.bundled(), new RunControl(), log);
        }
        List<String> expected = log.records().stream().flatMap(r -> LayerStatsCsv.rows(r).stream()).toList();
        assertEquals(expected, lines.subList(1, lines.size()));
        String[] hidden = lines.get(1).split(",", -1);
        assertEquals(List.of("std=0.01", "1", "1", "100"), List.of(hidden).subList(0, 4));
        assertEquals("", hidden[7], "ReLU has no saturated share");
        String[] output = lines.get(5).split(",", -1);
        assertEquals(List.of("std=0.01", "1", "5", "10"), List.of(output).subList(0, 4));
        assertEquals("", output[8], "the output layer has no activation");
        assertEquals("", output[output.length - 1]);
    }

    @Test
    void namesBatchNormSeriesBySettingAndScale() {
        CliRun run = CliRun.of("train", "--experiment", "batchnorm", "--epochs", "2", "--train-size", "200");
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(32, run.lines().size());
        assertTrue(run.lines().get(0).matches("bn w=1 loss=" + NUMBER + " train_acc=" + NUMBER + " seconds=.*"),
                run.lines().get(0));
        assertTrue(run.lines().get(31).startsWith("no-bn w=0.0001 "), run.lines().get(31));
        assertTrue(run.lines().stream().noneMatch(line -> line.contains("test_acc")));
    }

    @Test
    void printsHyperparameterTrialsBestFirst() {
        CliRun run = CliRun.of("train", "--experiment", "hyperparameters", "--trials", "3", "--epochs", "2", "--train-size", "200");
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(3, run.lines().size());
        double previous = 1;
        for (String line : run.lines()) {
            assertTrue(line.matches("trial \\d lr=\\S+ wd=\\S+ loss=" + NUMBER + " train_acc=" + NUMBER + " val_acc="
                    + NUMBER + " seconds=.*"), line);
            double validation = Double.parseDouble(line.replaceAll(".* val_acc=(\\S+) .*", "$1"));
            assertTrue(validation <= previous, run.out());
            previous = validation;
        }
    }

    @Test
    void readsMnistFromAFolder() throws IOException {
        Path mnist = smallMnist(dir.resolve("mnist"), 300, 100);
        CliRun run = CliRun.of("train", "--experiment", "dropout", "--epochs", "2", "--mnist", mnist.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(List.of("dropout=0.2", "dropout=0"), run.lines().stream().map(l -> l.split(" ")[0]).toList());
        CliRun tooFew = CliRun.of("train", "--experiment", "init", "--mnist", mnist.toString());
        assertEquals(2, tooFew.exitCode());
        assertTrue(tooFew.err().contains("training-set size 60000 exceeds the 300"), tooFew.err());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "--experiment bn | unknown experiment 'bn'",
        "--experiment optimizers --iterations abc | --iterations",
        "--experiment optimizers --iterations 0 | --iterations: iterations must be in [1, 1000000], got 0",
        "--experiment optimizers --epochs 3 | use --iterations",
        "--experiment dropout --iterations 3 | use --epochs",
        "--experiment init --trials 5 | --trials",
        "--experiment hyperparameters --trials 0 | --trials: trials must be in",
        "--experiment optimizers --train-size 70000 | --train-size",
        "--experiment batchnorm --batch-size 0 | --batch-size",
        "--experiment weight-decay --evaluate-every 5 | evaluates once per epoch",
        "--experiment optimizers --threads 0 | --threads",
        "--experiment optimizers --mnist /no/such/folder | MNIST directory not found",
        "--experiment optimizers --bogus | Unknown option",
        "--iterations 5 | Missing required option",
        "--experiment init --every 5 | --every needs --layer-stats",
        "--experiment init --layer-stats s.csv --every 0 | --every: statistics must be taken every >= 1",
        "--experiment init --layer-stats /no/such/folder/s.csv | --layer-stats: cannot write file",
    })
    void rejectsBadInputWithOneLineAndExitCodeTwo(String args, String fragment) {
        assertRejected(CliRun.of(("train " + args).split(" ")), fragment);
    }

    @Test
    void rejectsACorruptIdxFileAndAnUnwritableOutputFolder() throws IOException {
        Path mnist = smallMnist(dir.resolve("broken"), 300, 100);
        Files.write(mnist.resolve(Mnist.TRAIN_IMAGES + ".gz"), new byte[] {1, 2, 3, 4, 5, 6, 7, 8});
        assertRejected(CliRun.of("train", "--experiment", "init", "--mnist", mnist.toString()), "not an idx file");

        Path file = Files.writeString(dir.resolve("file.txt"), "x");
        assertRejected(CliRun.of("train", "--experiment", "init", "--out", file.resolve("sub").toString()), "--out");
        assertRejected(CliRun.of("train", "--experiment", "init", "--out", file.toString()), "--out");
    }

    private static void assertRejected(CliRun run, String fragment) {
        assertEquals(2, run.exitCode(), run.out() + run.err());
        assertEquals("", run.out());
        List<String> lines = run.err().lines().toList();
        assertEquals(1, lines.size(), run.err());
        assertTrue(lines.get(0).startsWith("error: ") && lines.get(0).contains(fragment), lines.get(0));
    }

    /** The first {@code train} and {@code test} bundled images written back as gzipped idx files. */
    private static Path smallMnist(Path folder, int train, int test) throws IOException {
        Files.createDirectories(folder);
        Mnist bundled = Mnist.bundled();
        write(folder, Mnist.TRAIN_IMAGES, Mnist.TRAIN_LABELS, bundled.train().first(train));
        write(folder, Mnist.TEST_IMAGES, Mnist.TEST_LABELS, bundled.test().first(test));
        return folder;
    }

    private static void write(Path folder, String imagesName, String labelsName, Dataset data) throws IOException {
        ByteBuffer images = ByteBuffer.allocate(16 + data.images().length)
                .putInt(Mnist.IMAGES_MAGIC).putInt(data.count()).putInt(28).putInt(28);
        for (float pixel : data.images()) {
            images.put((byte) Math.round(pixel * 255));
        }
        ByteBuffer labels = ByteBuffer.allocate(8 + data.count()).putInt(Mnist.LABELS_MAGIC).putInt(data.count());
        for (int label : data.labels()) {
            labels.put((byte) label);
        }
        gzip(folder.resolve(imagesName + ".gz"), images.array());
        gzip(folder.resolve(labelsName + ".gz"), labels.array());
    }

    private static void gzip(Path file, byte[] content) throws IOException {
        try (GZIPOutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write(content);
        }
    }
}
