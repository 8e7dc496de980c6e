package org.gradientlab.core.linalg;

import java.util.Arrays;
import java.util.stream.Stream;

import org.gradientlab.core.linalg.GemmReference.Case;

/**
 * Run in a child JVM by {@link GemmKernelsTest}: prints the active kernel and a 2x2 product, or
 * with the argument {@code check} first checks the active kernel on random and edge shapes
 * (an assertion error then ends the JVM with a non-zero code).
 */
public final class KernelProbe {
    private KernelProbe() {}

    public static void main(String[] args) {
        GemmKernel kernel = GemmKernels.active();
        if (args.length > 0 && args[0].equals("check")) {
            Stream.concat(Stream.of(new Case(1, 1, 1, false, false, false), new Case(13, 257, 33, true, true, true),
                            new Case(97, 49, 129, false, true, false), new Case(128, 10, 100, true, false, true)),
                    GemmReference.randomCases(11, 60, 40, 70, 300))
                    .forEach(cs -> new GemmReference(cs, cs.hashCode()).runAndCheck(kernel));
        }
        float[] c = new float[4];
        kernel.multiply(2, 2, 3, new float[] {1, 2, 3, 4, 5, 6}, false,
                new float[] {7, 8, 9, 10, 11, 12}, false, c, false);
        System.out.println(kernel.name() + " " + Arrays.toString(c));
    }
}
