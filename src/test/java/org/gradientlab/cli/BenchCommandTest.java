package org.gradientlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** The bench command at tiny settings: every section is there; no timing is asserted. */
class BenchCommandTest {
    private static final List<String> TINY = List.of("bench", "--iterations", "4", "--warmup", "1",
            "--gemm-warmup-ms", "0", "--gemm-trial-ms", "1", "--gemm-trials", "1",
            "--probe-runs", "1", "--threads", "2");


    private static CliRun run(List<String> args, String... more) {
        return CliRun.of(Stream.concat(args.stream(), Arrays.stream(more)).toArray(String[]::new));
    }

    @Test
    void printsMachineGemmProbeAndWorkloadAgainstThePlainKernel() {
        CliRun run = run(TINY, "--plain-iterations", "2", "--python", "/no/such/python3");
        assertEquals(0, run.exitCode(), run.err());
        String out = run.out();
        for (String expected : List.of("CPU: ", "JDK: ", "vector kernel: vector (", "forward layer 1",
                "activation probe", "four-optimizer workload", "  java ", "  plain ", "numpy   skipped: /no/such/python3",
                "plain kernel / java: ")) {
            assertTrue(out.contains(expected), expected + " missing from:\n" + out);
        }
        assertTrue(out.lines().anyMatch(l -> l.matches("  plain +\\d+\\.\\d+ +\\d+\\.\\d+ +\\d+\\.\\d+  \\(plain"
                + " kernel.*2 iterations timed, scaled\\)")), out);
        assertTrue(out.lines().filter(l -> l.startsWith("  java ")).count() == 2, "timed before and after:\n" + out);
    }

    @Test
    void comparesWithNumpyWhenPythonHasIt() throws IOException, InterruptedException {
        Process check = new ProcessBuilder("python3", "-c", "import numpy").redirectErrorStream(true).start();
        assumeTrue(check.waitFor(30, TimeUnit.SECONDS) && check.exitValue() == 0, "python3 with numpy is not installed");
        CliRun run = run(TINY, "--numpy-iterations", "2", "--plain-iterations", "1");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().lines().anyMatch(l -> l.matches("  numpy +\\d+\\.\\d+ +\\d+\\.\\d+ +\\d+\\.\\d+  \\(float64,"
                + " BLAS threads 1; 2 iterations timed, scaled\\)")), run.out());
        assertTrue(run.out().contains("numpy / java: "), run.out());
    }

    @Test
    void rejectsNonPositiveIterations() {
        CliRun run = run(List.of("bench", "--iterations", "0"));
        assertEquals(2, run.exitCode());
        assertEquals(1, run.err().lines().count(), run.err());
    }
}
