package org.gradientlab.core.data;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The content of one idx file of unsigned bytes: its dimensions and its elements, row-major.
 * The arrays are shared, not copied (MNIST's training images are 47 MB); treat them as read-only.
 *
 * @param source     where it was read from, for messages
 * @param dataType   the type byte of the magic number (0x08: unsigned byte)
 * @param dimensions the sizes, outermost first, e.g. {60000, 28, 28}
 * @param data       the elements; {@code data[i] & 0xFF} is the unsigned value
 */
public record IdxArray(String source, int dataType, int[] dimensions, byte[] data) {

    public IdxArray {
        long elements = Arrays.stream(dimensions).asLongStream().reduce(1, (a, b) -> a * b);
        if (dimensions.length == 0 || data.length != elements) {
            throw new IllegalArgumentException(source + ": dimensions " + Arrays.toString(dimensions)
                    + " do not match " + data.length + " elements");
        }
    }

    /** The magic number as written in the file: {@code 0x0000}, the type byte, the rank byte. */
    public int magic() {
        return dataType << 8 | dimensions.length;
    }

    /** The outermost dimension: the number of items (images, labels). */
    public int count() {
        return dimensions[0];
    }

    /** The dimensions as people write them: "60000×28×28". */
    public String shape() {
        return shape(dimensions);
    }

    static String shape(int[] dimensions) {
        return Arrays.stream(dimensions).mapToObj(Integer::toString).collect(Collectors.joining("×"));
    }
}
