package org.gradientlab.ui.export;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;

import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

import org.gradientlab.core.io.AtomicWrite;
import org.gradientlab.ui.i18n.I18n;
import org.gradientlab.ui.lab.Lab;

/**
 * File → Export and Copy image: renders the current lab's export node as PNG, SVG or PDF and
 * writes it, or copies it as PNG. Failures end in a localized error dialog, never in an
 * exception on the FX thread. Remembers the last scale and folder (the shell persists them)
 * and the last format.
 */
public final class ExportController {
    private final I18n i18n;
    private final Supplier<Lab> currentLab;
    private final Supplier<Window> owner;
    private final PathChooser chooser;
    private final ReadOnlyIntegerWrapper scale;
    private final ReadOnlyStringWrapper lastDirectory;
    private FigureFormat format = FigureFormat.PNG;
    // The scene each exported file carries (ui/scene sets it); none until then.
    private Supplier<String> metadata = () -> null;

    public ExportController(I18n i18n, Supplier<Lab> currentLab, Supplier<Window> owner, PathChooser chooser,
                            int initialScale, String initialDirectory) {
        this.i18n = i18n;
        this.currentLab = currentLab;
        this.owner = owner;
        this.chooser = chooser;
        this.scale = new ReadOnlyIntegerWrapper(this, "scale", initialScale);
        this.lastDirectory = new ReadOnlyStringWrapper(this, "lastDirectory", initialDirectory);
    }

    public ReadOnlyIntegerProperty scaleProperty() {
        return scale.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty lastDirectoryProperty() {
        return lastDirectory.getReadOnlyProperty();
    }

    /**
     * The string every exported file carries as metadata (PNG iTXt, SVG {@code <metadata>}, PDF
     * document information), read at each export; null for none.
     */
    public void setMetadata(Supplier<String> metadata) {
        this.metadata = metadata == null ? () -> null : metadata;
    }

    /** File → Export…: asks format, scale and destination, then a file when saving. */
    public void exportInteractively() {
        Optional<ExportDialog.Choice> choice = new ExportDialog(i18n, owner.get(), format, scale.get()).showAndWait();
        choice.ifPresent(c -> {
            scale.set(c.scale());
            if (c.destination() == ExportDialog.Destination.CLIPBOARD) {
                copyToClipboard();
                return;
            }
            format = c.format();
            File initial = UserFolders.PICTURES.start(lastDirectory.get().isEmpty() ? null : new File(lastDirectory.get()));
            String name = "gradient-lab-" + currentLab.get().id()
                    + (c.format() == FigureFormat.PNG ? "@" + c.scale() + "x" : "") + "." + c.format().id();
            chooser.choose(owner.get(), initial, name).ifPresent(path -> exportTo(path, c.format(), c.scale()));
        });
    }

    /** Copies the current lab at the remembered scale. */
    public void copyToClipboard() {
        ImageExport.copyToClipboard(FigureExport.image(currentLab.get().exportNode(), scale.get()));
    }

    /** Writes the current lab as PNG to {@code target} at {@code scale}×; true on success, else an error dialog shows. */
    public boolean exportTo(Path target, int scale) {
        return exportTo(target, FigureFormat.PNG, scale);
    }

    /**
     * Writes the current lab's figure to {@code target} in {@code format} ({@code scale}: PNG
     * only); true on success, else an error dialog shows and nothing is left at the target.
     */
    public boolean exportTo(Path target, FigureFormat format, int scale) {
        try {
            // Checked first: a bad folder costs no rendering and says why at once.
            AtomicWrite.requireWritable(target);
            Lab lab = currentLab.get();
            byte[] file = FigureExport.encode(lab.exportNode(), format, scale, i18n.text(lab.titleKey()),
                    metadata.get());
            FigureExport.write(file, target);
            Path parent = target.toAbsolutePath().getParent();
            lastDirectory.set(parent == null ? "" : parent.toString());
            return true;
        } catch (IOException | RuntimeException e) {
            showError(target, e);
            return false;
        }
    }

    private void showError(Path target, Exception e) {
        ButtonType ok = new ButtonType(i18n.text("button.ok"), ButtonData.OK_DONE);
        Alert alert = new Alert(Alert.AlertType.ERROR, "", ok);
        // Worded by the one helper the labs' status lines use too; follows a language switch.
        alert.contentTextProperty().bind(i18n.label(WriteFailureText.failed("export.error.detail", target, e)));
        alert.initOwner(owner.get());
        alert.setTitle(i18n.text("export.error.title"));
        alert.setHeaderText(i18n.text("export.error.header"));
        alert.getDialogPane().setId("export-error");
        // Not showAndWait: the caller (a menu action) should return; the dialog stays until read.
        alert.show();
    }
}
