package org.gradientlab.core.data;

import java.io.IOException;

/**
 * A file is not the idx data it should be (bad magic, wrong shape, truncated, trailing bytes,
 * corrupt gzip, labels that do not fit the images). The message is "{@code source: problem}".
 * An {@link IOException} like {@link java.util.zip.ZipException}: a damaged input, not a bug.
 */
public final class IdxFormatException extends IOException {
    private static final long serialVersionUID = 1L;

    private final String source;
    private final String problem;

    public IdxFormatException(String source, String problem) {
        this(source, problem, null);
    }

    public IdxFormatException(String source, String problem, Throwable cause) {
        super(source + ": " + problem, cause);
        this.source = source;
        this.problem = problem;
    }

    /** The file or resource that is wrong. */
    public String source() {
        return source;
    }

    /** What is wrong with it, without the source. */
    public String problem() {
        return problem;
    }
}
