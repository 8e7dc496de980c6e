package org.gradientlab.core.concepts.conv;

/**
 * The receptive field of one output cell: an F×F square whose top-left corner is at
 * ({@code top}, {@code left}) in input coordinates. With padding P it starts at i·S − P, so the
 * corner may be negative: those rows and columns are the zero padding.
 */
public record Window(int top, int left, int size) {

    public int bottom() {
        return top + size - 1;
    }

    public int right() {
        return left + size - 1;
    }

    public boolean contains(int row, int col) {
        return row >= top && row <= bottom() && col >= left && col <= right();
    }
}
