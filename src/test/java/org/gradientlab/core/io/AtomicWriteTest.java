package org.gradientlab.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 20: a failed write names the user's path and why, and leaves nothing behind. */
class AtomicWriteTest {
    @TempDir
    Path dir;

    private List<Path> filesIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.toList();
        }
    }

    @Test
    void writesAndReplacesLeavingOnlyTheTarget() throws IOException {
        Path target = dir.resolve("a.csv");
        AtomicWrite.writeString(target, "one");
        AtomicWrite.writeText(target, out -> out.write("two, 둘"));
        assertEquals("two, 둘", Files.readString(target, StandardCharsets.UTF_8));
        assertEquals(List.of(target), filesIn(dir));
    }

    @Test
    void aMissingFolderIsNamedWithTheUsersPath() {
        Path target = dir.resolve("no/such/folder/figure.png");
        WriteFailure e = assertThrows(WriteFailure.class, () -> AtomicWrite.writeString(target, "x"));
        assertEquals(WriteFailure.Reason.NO_FOLDER, e.reason());
        assertEquals("cannot write " + target + ": no such folder", e.getMessage());
        assertFalse(Files.exists(dir.resolve("no")));
    }

    @Test
    void aFileInPlaceOfTheFolderIsANoSuchFolder() throws IOException {
        Path file = Files.writeString(dir.resolve("file.txt"), "x");
        WriteFailure e = assertThrows(WriteFailure.class, () -> AtomicWrite.writeString(file.resolve("a.png"), "y"));
        assertEquals(WriteFailure.Reason.NO_FOLDER, e.reason());
    }

    @Test
    void aFullDiskKeepsTheOldFileAndLeavesNoTemporaryOne() throws IOException {
        Path target = Files.writeString(dir.resolve("curve.csv"), "old");
        WriteFailure e = assertThrows(WriteFailure.class, () -> AtomicWrite.write(target, out -> {
            out.write(new byte[100]);
            // What FileOutputStream throws on ENOSPC.
            throw new IOException("No space left on device");
        }));
        assertEquals(WriteFailure.Reason.DISK_FULL, e.reason());
        assertEquals("cannot write " + target + ": disk full", e.getMessage());
        assertEquals("old", Files.readString(target));
        assertEquals(List.of(target), filesIn(dir));
    }

    @Test
    void aFullDiskWrappedByAnEncoderIsStillADiskFull() throws IOException {
        Path target = dir.resolve("figure.png");
        WriteFailure e = assertThrows(WriteFailure.class, () -> AtomicWrite.write(target, out -> {
            // What ImageIO's PNG writer throws around ENOSPC.
            throw new javax.imageio.IIOException("I/O error writing PNG file!",
                    new IOException("No space left on device"));
        }));
        assertEquals("cannot write " + target + ": disk full", e.getMessage());
        assertEquals(List.of(), filesIn(dir));
    }

    @Test
    void refusesToReplaceAFolderOrADevice() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("figure.png"));
        WriteFailure e = assertThrows(WriteFailure.class, () -> AtomicWrite.writeString(folder, "x"));
        assertEquals(WriteFailure.Reason.IS_FOLDER, e.reason());
        assertTrue(Files.isDirectory(folder));
        Path device = Path.of("/dev/null");
        assumeTrue(Files.exists(device));
        WriteFailure d = assertThrows(WriteFailure.class, () -> AtomicWrite.writeString(device, "x"));
        assertEquals("cannot write /dev/null: it is not a regular file", d.getMessage());
        assertFalse(Files.isRegularFile(device), "the device is still a device");
    }

    @Test
    void aFolderThatTakesNoFilesIsNamedNotTheTemporaryFile() {
        Path target = Path.of("/proc/figure.png");
        assumeTrue(Files.isDirectory(target.getParent()));
        WriteFailure e = assertThrows(WriteFailure.class, () -> AtomicWrite.writeString(target, "x"));
        // Root may write anywhere it has permission; /proc still takes no new file.
        assertTrue(e.reason() == WriteFailure.Reason.FOLDER_REFUSES || e.reason() == WriteFailure.Reason.DENIED,
                e.getMessage());
        assertTrue(e.getMessage().startsWith("cannot write /proc/figure.png: "), e.getMessage());
        assertFalse(e.getMessage().contains(".part"), e.getMessage());
    }
}
