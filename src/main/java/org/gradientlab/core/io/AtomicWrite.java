package org.gradientlab.core.io;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Every file the app or the command line writes for the user goes through here: the bytes go to
 * a hidden temporary file beside the target, which is then moved over it, so a failed write
 * never leaves half a file nor the temporary one; and a failure is a {@link WriteFailure} that
 * names the user's path and why, never the temporary file.
 */
public final class AtomicWrite {

    /** What writes the content; may throw on a full disk. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /** Text content. */
    @FunctionalInterface
    public interface Text {
        void writeTo(Writer out) throws IOException;
    }

    private AtomicWrite() {}

    /** Writes {@code text} as UTF-8 to {@code target}. */
    public static void writeString(Path target, String text) throws WriteFailure {
        write(target, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
    }

    /** Writes UTF-8 text produced by {@code content} to {@code target}. */
    public static void writeText(Path target, Text content) throws WriteFailure {
        write(target, out -> {
            Writer writer = new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8);
            content.writeTo(writer);
            writer.flush();
        });
    }

    /** Writes what {@code content} produces to {@code target}, replacing a file that is there. */
    public static void write(Path target, Content content) throws WriteFailure {
        requireWritable(target);
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        // Not Files.createTempFile: its 0600 mode would stay on the moved file.
        Path temp = folder.resolve("." + absolute.getFileName() + "." + Long.toHexString(System.nanoTime()) + ".part");
        try {
            try (OutputStream out = Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE)) {
                content.writeTo(out);
            }
            try {
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException | RuntimeException e) {
            deleteQuietly(temp);
            throw WriteFailure.of(target, e);
        } catch (Error e) {
            // Out of memory halfway through a long export: the old file stays, and no part file either.
            deleteQuietly(temp);
            throw e;
        }
    }

    /**
     * Checks before costly work what can be checked without writing: the folder exists and may
     * be written, and the target is not a folder or a device. The write itself may still fail.
     */
    public static void requireWritable(Path target) throws WriteFailure {
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new WriteFailure(target, WriteFailure.Reason.NO_FOLDER, null);
        }
        // Moving over a folder or a device (/dev/null as root) would replace it: refuse anything but a file.
        if (Files.exists(absolute, LinkOption.NOFOLLOW_LINKS) && !Files.isRegularFile(absolute)) {
            throw new WriteFailure(target, Files.isDirectory(absolute) ? WriteFailure.Reason.IS_FOLDER
                    : WriteFailure.Reason.NOT_A_FILE, null);
        }
        if (!Files.isWritable(folder)) {
            throw new WriteFailure(target, readOnly(folder) ? WriteFailure.Reason.READ_ONLY
                    : WriteFailure.Reason.DENIED, null);
        }
    }

    private static boolean readOnly(Path folder) {
        try {
            return Files.getFileStore(folder).isReadOnly();
        } catch (IOException e) {
            return false;
        }
    }

    private static void deleteQuietly(Path temp) {
        try {
            Files.deleteIfExists(temp);
        } catch (IOException ignored) {
            // Could not be created in the first place, or the folder went away: nothing is left.
        }
    }
}
