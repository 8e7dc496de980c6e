package org.gradientlab.core.io;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * A file the user asked for could not be written. The message names the user's own path and
 * the reason in a few words ("cannot write /tmp/a.png: no such folder"); {@link #reason()} lets
 * a UI word it in its language.
 */
public final class WriteFailure extends IOException {
    private static final long serialVersionUID = 1L;

    public enum Reason {
        DENIED("permission denied"),
        NO_FOLDER("no such folder"),
        /** The folder exists but takes no new files, as /proc. */
        FOLDER_REFUSES("the folder does not accept new files"),
        IS_FOLDER("it is a folder"),
        NOT_A_FILE("it is not a regular file"),
        DISK_FULL("disk full"),
        READ_ONLY("read-only file system"),
        OTHER("");

        private final String english;

        Reason(String english) {
            this.english = english;
        }
    }

    private final transient Path target;
    private final Reason reason;
    private final String detail;

    WriteFailure(Path target, Reason reason, Throwable cause) {
        this(target, reason, "", cause);
    }

    private WriteFailure(Path target, Reason reason, String detail, Throwable cause) {
        super("cannot write " + target + ": " + (reason == Reason.OTHER ? detail : reason.english), cause);
        this.target = target;
        this.reason = reason;
        this.detail = detail;
    }

    /** Classifies what went wrong writing {@code target} (or its temporary file beside it). */
    static WriteFailure of(Path target, Exception e) {
        String system = e instanceof FileSystemException f && f.getReason() != null ? f.getReason()
                : String.valueOf(e.getMessage());
        // Encoders wrap the system's error ("I/O error writing PNG file!" around ENOSPC): read the whole chain.
        StringBuilder chain = new StringBuilder(system);
        for (Throwable cause = e.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            chain.append(" / ").append(cause.getMessage());
        }
        String lower = chain.toString().toLowerCase(Locale.ROOT);
        Path folder = target.toAbsolutePath().getParent();
        Reason reason;
        if (e instanceof AccessDeniedException || lower.contains("permission denied")) {
            reason = Reason.DENIED;
        } else if (lower.contains("no space left") || lower.contains("quota exceeded")) {
            reason = Reason.DISK_FULL;
        } else if (lower.contains("read-only file system")) {
            reason = Reason.READ_ONLY;
        } else if (folder == null || !Files.isDirectory(folder) || lower.contains("not a directory")) {
            reason = Reason.NO_FOLDER;
        } else if (e instanceof NoSuchFileException) {
            reason = Reason.FOLDER_REFUSES;
        } else {
            reason = Reason.OTHER;
        }
        return new WriteFailure(target, reason, reason == Reason.OTHER ? system : "", e);
    }

    /** The path the user gave. */
    public Path target() {
        return target;
    }

    public Reason reason() {
        return reason;
    }

    /** The system's own words when the reason is OTHER, else "". */
    public String detail() {
        return detail;
    }
}
