package org.gradientlab.core.linalg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.gradientlab.ChildJvm;
import org.gradientlab.ChildJvm.Result;
import org.gradientlab.core.linalg.GemmKernels.Choice;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GemmKernelsTest {

    @Test
    void prefersTheVectorKernelWhenItLoads() {
        assertEquals(Choice.VECTOR, GemmKernels.choose(null, true));
        assertEquals(Choice.VECTOR, GemmKernels.choose("", true));
        assertEquals(Choice.PLAIN, GemmKernels.choose(null, false));
    }

    @Test
    void propertyForcesEitherKernel() {
        assertEquals(Choice.PLAIN, GemmKernels.choose("plain", true));
        assertEquals(Choice.VECTOR, GemmKernels.choose(" Vector ", true));
    }

    @Test
    void forcingVectorWithoutTheModuleSaysHowToAddIt() {
        var e = assertThrows(IllegalStateException.class, () -> GemmKernels.choose("vector", false));
        assertTrue(e.getMessage().contains("--add-modules jdk.incubator.vector"), e.getMessage());
    }

    @Test
    void rejectsAnUnknownKernelName() {
        var e = assertThrows(IllegalArgumentException.class, () -> GemmKernels.choose("simd", true));
        assertEquals("gradientlab.kernel must be plain or vector, got 'simd'", e.getMessage());
    }

    @Test
    void usesTheVectorKernelWhenTheJvmHasTheModule() {
        // Surefire runs with --add-modules jdk.incubator.vector and no gradientlab.kernel.
        assertTrue(GemmKernels.vectorModulePresent());
        assertSame(GemmKernels.vector().orElseThrow(), GemmKernels.active());
        assertNotEquals(GemmKernels.plain(), GemmKernels.active());
    }

    @Test
    void fallsBackToPlainLoopsInAJvmWithoutTheModule() throws Exception {
        // Without the module any touch of a Vector API class would fail with NoClassDefFoundError.
        Result run = probe();
        assertEquals(0, run.exitCode(), run.stderr());
        assertEquals("plain [58.0, 64.0, 139.0, 154.0]", run.stdout().strip());
    }

    @Test
    void refusesAForcedVectorKernelInAJvmWithoutTheModule() throws Exception {
        Result run = probe("-D" + GemmKernels.PROPERTY + "=vector");
        assertNotEquals(0, run.exitCode());
        assertTrue(run.stderr().contains("needs the Vector API"), run.stderr());
    }

    @ParameterizedTest(name = "MaxVectorSize={0} bytes")
    @ValueSource(ints = {16, 32})
    void vectorKernelIsExactForNarrowerMachineWidths(int bytes) throws Exception {
        // AVX2 machines get 8 lanes, SSE or NEON 4: the same kernel must be right at every width.
        Result run = check("-XX:MaxVectorSize=" + bytes);
        assertEquals(0, run.exitCode(), run.stderr());
        assertEquals("vector (" + bytes / 4 + " x float, " + bytes * 8 + " bit) [58.0, 64.0, 139.0, 154.0]",
                run.stdout().strip());
    }

    @Test
    void usesPlainLoopsWhenTheWidthIsNoRealVector() throws Exception {
        Result run = check("-XX:MaxVectorSize=8");
        assertEquals(0, run.exitCode(), run.stderr());
        assertTrue(run.stdout().startsWith("plain "), run.stdout());
    }

    /** Runs {@link KernelProbe} in a fresh JVM without --add-modules. */
    private static Result probe(String... jvmOptions) throws Exception {
        return ChildJvm.run(Map.of(), List.of(jvmOptions), KernelProbe.class);
    }

    /** As {@link #probe}, with the module and a check of the kernel on many shapes. */
    private static Result check(String... jvmOptions) throws Exception {
        List<String> options = new ArrayList<>(List.of("--add-modules", GemmKernels.VECTOR_MODULE));
        options.addAll(List.of(jvmOptions));
        return ChildJvm.run(Map.of(), options, KernelProbe.class, "check");
    }
}
