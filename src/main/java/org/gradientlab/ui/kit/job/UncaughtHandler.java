package org.gradientlab.ui.kit.job;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.ZonedDateTime;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;

import org.gradientlab.ui.i18n.I18n;

/**
 * The app's last resort for a throwable nobody caught (a paint, a listener, a thread outside the
 * kit): its trace is appended to {@value #LOG_FILE} in the {@link LogFolder}, and the user sees a
 * dialog with the message and the log's path instead of a lab that silently stopped. Installed by
 * the GUI at start; the CLI never installs it, so a headless run shows no dialog.
 */
public final class UncaughtHandler implements Thread.UncaughtExceptionHandler {
    static final String LOG_FILE = "gradient-lab.log";

    /** What the user is told: the worker's message and where the trace went (null if it could not be written). */
    public record Report(String message, Path log) {
        public Report {
            Objects.requireNonNull(message, "message");
        }
    }

    private final Path folder;
    private final Consumer<Report> show;

    /**
     * @param folder where the log goes
     * @param show   tells the user; any thread
     */
    UncaughtHandler(Path folder, Consumer<Report> show) {
        this.folder = Objects.requireNonNull(folder, "folder");
        this.show = Objects.requireNonNull(show, "show");
    }

    /** Makes this the handler of every thread, the FX thread included, with dialogs in {@code i18n}'s language. */
    public static UncaughtHandler install(I18n i18n) {
        UncaughtHandler handler = withDialogs(LogFolder.resolve(), i18n);
        Thread.setDefaultUncaughtExceptionHandler(handler);
        return handler;
    }

    /** A handler that logs to {@code folder} and tells the user in a dialog. */
    static UncaughtHandler withDialogs(Path folder, I18n i18n) {
        return new UncaughtHandler(folder, new Dialogs(i18n));
    }

    @Override
    public void uncaughtException(Thread thread, Throwable failure) {
        Path log = write(thread, failure);
        try {
            show.accept(new Report(JobFailure.message(failure), log));
        } catch (RuntimeException | Error e) {
            // Telling the user failed too (no toolkit, out of memory): the log and stderr remain.
            failure.addSuppressed(e);
            failure.printStackTrace();
        }
    }

    /** Appends the trace to the log; null when it cannot (then it goes to stderr). */
    Path write(Thread thread, Throwable failure) {
        StringWriter trace = new StringWriter();
        try (PrintWriter out = new PrintWriter(trace)) {
            out.printf("%s uncaught on thread \"%s\"%n", ZonedDateTime.now(), thread.getName());
            failure.printStackTrace(out);
            out.println();
        }
        try {
            Files.createDirectories(folder);
            Path log = folder.resolve(LOG_FILE);
            Files.writeString(log, trace.toString(), StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
            return log;
        } catch (IOException | RuntimeException e) {
            System.err.print(trace);
            return null;
        }
    }

    /** One dialog at a time: a failure that repeats every frame must not bury the window in dialogs. */
    private static final class Dialogs implements Consumer<Report> {
        private final I18n i18n;
        private final AtomicBoolean open = new AtomicBoolean();

        Dialogs(I18n i18n) {
            this.i18n = i18n;
        }

        @Override
        public void accept(Report report) {
            if (open.compareAndSet(false, true)) {
                Platform.runLater(() -> show(report));
            }
        }

        private void show(Report report) {
            ButtonType ok = new ButtonType(i18n.text("button.ok"), ButtonData.OK_DONE);
            String details = report.log() == null ? i18n.text("app.crash.no-log")
                    : i18n.text("app.crash.details", report.log());
            Alert alert = new Alert(Alert.AlertType.ERROR, details, ok);
            alert.setTitle(i18n.text("app.crash.title"));
            alert.setHeaderText(i18n.text("app.crash.header", report.message()));
            alert.getDialogPane().setId("crash-dialog");
            alert.setOnHidden(e -> open.set(false));
            // Not showAndWait: the failure may have come from a pulse, where waiting is not allowed.
            alert.show();
        }
    }
}
