package org.gradientlab.ui.export;

import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import org.gradientlab.ui.i18n.I18n;

/**
 * Asks for the format of an exported figure (PNG at a scale, SVG or PDF) and whether it goes to
 * a file or the clipboard; the clipboard always takes a PNG.
 */
public final class ExportDialog extends Dialog<ExportDialog.Choice> {
    /** Where the figure goes. */
    public enum Destination { FILE, CLIPBOARD }

    /** The user's answer: format, PNG scale 1–3 and destination. */
    public record Choice(FigureFormat format, int scale, Destination destination) {
        public Choice {
            java.util.Objects.requireNonNull(format, "format");
            java.util.Objects.requireNonNull(destination, "destination");
            if (scale < 1 || scale > 3) {
                throw new IllegalArgumentException("scale must be 1..3, got " + scale);
            }
        }
    }

    private final I18n i18n;
    private final ToggleGroup formats = new ToggleGroup();
    private final ToggleGroup scales = new ToggleGroup();

    public ExportDialog(I18n i18n, Window owner, FigureFormat initialFormat, int initialScale) {
        this.i18n = i18n;
        initOwner(owner);
        createView(initialFormat, initialScale);
    }

    private void createView(FigureFormat initialFormat, int initialScale) {
        setTitle(i18n.text("export.dialog.title"));
        setHeaderText(i18n.text("export.dialog.header"));
        HBox formatChoices = new HBox(12);
        for (FigureFormat format : FigureFormat.values()) {
            RadioButton option = new RadioButton(i18n.text(format.nameKey()));
            option.setUserData(format);
            option.setToggleGroup(formats);
            option.setId("export-format-" + format.id());
            option.setSelected(format == initialFormat);
            formatChoices.getChildren().add(option);
        }
        HBox scaleChoices = new HBox(12);
        for (int scale = 1; scale <= 3; scale++) {
            RadioButton option = new RadioButton(i18n.text("export.dialog.scale", scale));
            option.setUserData(scale);
            option.setToggleGroup(scales);
            option.setId("export-scale-" + scale);
            option.setSelected(scale == initialScale);
            scaleChoices.getChildren().add(option);
        }
        if (scales.getSelectedToggle() == null) {
            scales.getToggles().get(1).setSelected(true);
        }
        // A vector file has no scale: sharp at any size. The clipboard's PNG still takes one.
        Label hint = new Label(i18n.text("export.dialog.hint"));
        hint.getStyleClass().add("muted");
        hint.setWrapText(true);
        Label vectorHint = new Label(i18n.text("export.dialog.vector.hint"));
        vectorHint.getStyleClass().add("muted");
        vectorHint.setWrapText(true);
        getDialogPane().setContent(new VBox(10, new Label(i18n.text("export.dialog.format.label")), formatChoices,
                new Label(i18n.text("export.dialog.scale.label")), scaleChoices, hint, vectorHint));

        ButtonType save = new ButtonType(i18n.text("export.dialog.save"), ButtonData.OK_DONE);
        ButtonType copy = new ButtonType(i18n.text("export.dialog.copy"), ButtonData.OTHER);
        ButtonType cancel = new ButtonType(i18n.text("button.cancel"), ButtonData.CANCEL_CLOSE);
        getDialogPane().getButtonTypes().setAll(save, copy, cancel);
        setResultConverter(button -> {
            FigureFormat format = formats.getSelectedToggle() == null ? FigureFormat.PNG
                    : (FigureFormat) formats.getSelectedToggle().getUserData();
            int scale = (Integer) scales.getSelectedToggle().getUserData();
            if (button == save) {
                return new Choice(format, scale, Destination.FILE);
            }
            return button == copy ? new Choice(format, scale, Destination.CLIPBOARD) : null;
        });
    }
}
