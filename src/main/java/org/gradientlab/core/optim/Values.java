package org.gradientlab.core.optim;

/**
 * Numbers an optimizer reads and updates in place: {@code double[]} in the 2-D lab,
 * {@code float[]} in the network. Each optimizer formula is written once against this view.
 */
public sealed interface Values permits Values.Doubles, Values.Floats {

    int size();

    double get(int i);

    void set(int i, double value);

    static Values of(double[] array) {
        return new Doubles(array);
    }

    static Values of(float[] array) {
        return new Floats(array);
    }

    record Doubles(double[] array) implements Values {
        @Override public int size() { return array.length; }
        @Override public double get(int i) { return array[i]; }
        @Override public void set(int i, double value) { array[i] = value; }
    }

    record Floats(float[] array) implements Values {
        @Override public int size() { return array.length; }
        @Override public double get(int i) { return array[i]; }
        @Override public void set(int i, double value) { array[i] = (float) value; }
    }
}
