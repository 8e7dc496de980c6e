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

/** Asks for the scale of an exported figure and whether it goes to a file or the clipboard. */
public final class ExportDialog extends Dialog<ExportDialog.Choice> {
    /** Where the figure goes. */
    public enum Destination { FILE, CLIPBOARD }

    /** The user's answer: scale 1–3 and destination. */
    public record Choice(int scale, Destination destination) {}

    private final I18n i18n;
    private final ToggleGroup scales = new ToggleGroup();

    public ExportDialog(I18n i18n, Window owner, int initialScale) {
        this.i18n = i18n;
        initOwner(owner);
        createView(initialScale);
    }

    private void createView(int initialScale) {
        setTitle(i18n.text("export.dialog.title"));
        setHeaderText(i18n.text("export.dialog.header"));
        HBox choices = new HBox(12);
        for (int scale = 1; scale <= 3; scale++) {
            RadioButton option = new RadioButton(i18n.text("export.dialog.scale", scale));
            option.setUserData(scale);
            option.setToggleGroup(scales);
            option.setId("export-scale-" + scale);
            option.setSelected(scale == initialScale);
            choices.getChildren().add(option);
        }
        if (scales.getSelectedToggle() == null) {
            scales.getToggles().get(1).setSelected(true);
        }
        Label hint = new Label(i18n.text("export.dialog.hint"));
        hint.getStyleClass().add("muted");
        hint.setWrapText(true);
        getDialogPane().setContent(new VBox(10, new Label(i18n.text("export.dialog.scale.label")), choices, hint));

        ButtonType save = new ButtonType(i18n.text("export.dialog.save"), ButtonData.OK_DONE);
        ButtonType copy = new ButtonType(i18n.text("export.dialog.copy"), ButtonData.OTHER);
        ButtonType cancel = new ButtonType(i18n.text("button.cancel"), ButtonData.CANCEL_CLOSE);
        getDialogPane().getButtonTypes().setAll(save, copy, cancel);
        setResultConverter(button -> {
            int scale = (Integer) scales.getSelectedToggle().getUserData();
            if (button == save) {
                return new Choice(scale, Destination.FILE);
            }
            return button == copy ? new Choice(scale, Destination.CLIPBOARD) : null;
        });
    }
}
