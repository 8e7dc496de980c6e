package org.gradientlab.core.linalg;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Gets the active kernel's code compiled by the JIT before training needs it. Until C2 has
 * compiled them, the Vector API micro-kernels run about a thousand times slower (a 128 x 100 x 784
 * product at 0.1 GFLOP/s for the first 0.9 CPU s of a process), so the first batches of a
 * training run paid for the compiler's profile. {@link #startInBackground} runs small products
 * that take every path the training shapes take (whole 8-row tiles, 16-row narrow blocks and an
 * edge, the wide tile and the narrow one, n = 100-like and n = 10, a plain, transposed or
 * transposed-b, with and without accumulate) on a low-priority daemon thread, e.g. while MNIST
 * decodes.
 *
 * <p>Results of real products do not depend on it: it only touches its own matrices (and its own
 * thread's packing buffers).
 */
public final class GemmWarmUp {
    /** Gives up after this much CPU time (an interpreter-only JVM never gets fast). */
    private static final long MAX_NANOS = 3_000_000_000L;
    /** A round of {@value #CALLS_PER_ROUND} calls is "compiled" under this many CPU nanoseconds. */
    private static final long COMPILED_ROUND_NANOS = 4_000_000;
    private static final int CALLS_PER_ROUND = 20;

    private static final AtomicBoolean STARTED = new AtomicBoolean();
    private static volatile boolean done;

    private GemmWarmUp() {}

    /** Starts the warm-up once per JVM; a no-op for the plain kernel (nothing to wait for there). */
    public static void startInBackground() {
        if (GemmKernels.active() == GemmKernels.plain() || STARTED.getAndSet(true)) {
            return;
        }
        Thread thread = new Thread(GemmWarmUp::run, "gemm-warm-up");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        thread.start();
    }

    /** Whether a warm-up finished (its last round ran at compiled speed, or it gave up). */
    public static boolean done() {
        return done;
    }

    /** Runs the warm-up on the calling thread until the products run compiled; for tests and benches. */
    static void run() {
        GemmKernel kernel = GemmKernels.active();
        // Shapes: m = 35 (whole tiles of 8 or 6 rows, two of the narrow column's 16-row blocks,
        // and an edge), k = 24, n = 52 (a wide tile and a narrow edge, as 100 is at 16 lanes) and
        // n = 10 (narrow only), as in training. Two 16-row blocks per narrow product call their
        // kernel as often as 8-row tiles did at m = 19, so it reaches C2 as soon.
        int m = 35;
        int k = 24;
        float[] a = filled(m * k);
        float[] wideB = filled(k * 52);
        float[] narrowB = filled(k * 10);
        float[] wideC = new float[m * 52];
        float[] narrowC = new float[m * 10];
        float[] wideDw = new float[k * 52];
        float[] narrowDw = new float[k * 10];
        float[] dx = new float[m * k];
        long begin = cpuNanos();
        while (cpuNanos() - begin < MAX_NANOS) {
            long start = cpuNanos();
            for (int call = 0; call < CALLS_PER_ROUND; call++) {
                boolean accumulate = (call & 1) == 1;
                kernel.multiply(m, 52, k, a, false, wideB, false, wideC, false);         // forward
                kernel.multiply(m, 10, k, a, false, narrowB, false, narrowC, false);     // output forward
                kernel.multiply(k, 52, m, a, true, wideC, false, wideDw, accumulate);    // dW = xᵀ·dout
                kernel.multiply(k, 10, m, a, true, narrowC, false, narrowDw, accumulate); // output dW
                kernel.multiply(m, k, 52, wideC, false, wideB, true, dx, false);         // dx = dout·Wᵀ
                kernel.multiply(m, k, 10, narrowC, false, narrowB, true, dx, accumulate); // output dx
            }
            if (cpuNanos() - start < COMPILED_ROUND_NANOS) {
                break;
            }
        }
        done = true;
    }

    private static float[] filled(int length) {
        float[] x = new float[length];
        for (int i = 0; i < length; i++) {
            x[i] = ((i * 37) % 17 - 8) / 64f;
        }
        return x;
    }

    private static long cpuNanos() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        return threads.isCurrentThreadCpuTimeSupported() ? threads.getCurrentThreadCpuTime() : System.nanoTime();
    }
}
