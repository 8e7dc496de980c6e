import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/** A Vector API dot product of 1024 floats, timed after warm-up; prints ns per product and who loaded FloatVector. */
public class Dot {
    static final VectorSpecies<Float> S = FloatVector.SPECIES_PREFERRED;

    static float dot(float[] a, float[] b) {
        var acc = FloatVector.zero(S);
        int i = 0;
        for (; i < S.loopBound(a.length); i += S.length()) {
            acc = FloatVector.fromArray(S, a, i).fma(FloatVector.fromArray(S, b, i), acc);
        }
        float s = acc.reduceLanes(VectorOperators.ADD);
        for (; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    public static void run() {
        float[] a = new float[1024];
        float[] b = new float[1024];
        for (int i = 0; i < a.length; i++) {
            a[i] = i % 7;
            b[i] = i % 5;
        }
        float x = 0;
        for (int w = 0; w < 200_000; w++) {
            x += dot(a, b);
        }
        long t = System.nanoTime();
        for (int r = 0; r < 1_000_000; r++) {
            x += dot(a, b);
        }
        long ns = System.nanoTime() - t;
        System.out.printf("%.1f ns per 1024-float dot product (sum %s); FloatVector loaded by %s%n",
                ns / 1e6, x, FloatVector.class.getClassLoader());
    }
}
