package org.gradientlab.ui.export;

import java.nio.file.Path;

import org.gradientlab.core.io.WriteFailure;
import org.gradientlab.ui.kit.text.Message;

/**
 * The one place a failed write becomes words: the export dialog and every lab's status line
 * word the reason through here, as a {@link Message}, so it reads in the UI's language and is
 * written again when the language changes (WriteFailure's own message is English only).
 */
public final class WriteFailureText {

    private WriteFailureText() {}

    /** Why {@code e} stopped the write, in words the user can act on. */
    public static Message reason(Exception e) {
        if (e instanceof WriteFailure failure) {
            // Exhaustive: a new reason must be worded here before it compiles.
            return switch (failure.reason()) {
                case DENIED, READ_ONLY, FOLDER_REFUSES -> Message.of("export.error.denied");
                case NO_FOLDER -> Message.of("export.error.missing");
                case DISK_FULL -> Message.of("export.error.full");
                case IS_FOLDER, NOT_A_FILE -> Message.of("export.error.not-a-file");
                // The text around it names the path already; the system's words are what is left.
                case OTHER -> Message.of("export.error.other", failure.detail());
            };
        }
        return Message.of("export.error.other", String.valueOf(e.getMessage()));
    }

    /**
     * {@code key} with {@code path} as {0} and the reason as {1}. The path is the one the user
     * chose (a file, or the folder a lab writes its files into), never a temporary file.
     */
    public static Message failed(String key, Path path, Exception e) {
        return Message.of(key, path, reason(e));
    }
}
