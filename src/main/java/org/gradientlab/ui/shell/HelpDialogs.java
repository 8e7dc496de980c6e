package org.gradientlab.ui.shell;

import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import org.gradientlab.ui.i18n.I18n;
import org.gradientlab.ui.prefs.WindowPlacement;

/** Help → Shortcuts and Help → About. */
public final class HelpDialogs {
    /** Description keys in the order the dialog lists them; each has its key caption at KEY + ".key". */
    static final String[] SHORTCUTS = {
        "shortcuts.presentation", "shortcuts.leave", "shortcuts.figure-only", "shortcuts.drawer", "shortcuts.pointer", "shortcuts.play-pause", "shortcuts.step", "shortcuts.reset",
        "shortcuts.take-apart",
        "shortcuts.export", "shortcuts.copy", "shortcuts.help", "shortcuts.quit",
    };

    private final I18n i18n;
    private final Window owner;

    public HelpDialogs(I18n i18n, Window owner) {
        this.i18n = i18n;
        this.owner = owner;
    }

    public void showShortcuts() {
        GridPane grid = new GridPane();
        grid.setHgap(16);
        grid.setVgap(8);
        for (int row = 0; row < SHORTCUTS.length; row++) {
            Label key = new Label(i18n.text(SHORTCUTS[row] + ".key"));
            key.getStyleClass().add("shortcut-key");
            key.setMinWidth(Region.USE_PREF_SIZE);
            Label what = new Label(i18n.text(SHORTCUTS[row]));
            // Wraps rather than ending in "…" when the dialog is narrowed to fit the screen.
            what.setWrapText(true);
            grid.addRow(row, key, what);
        }
        Label note = new Label(i18n.text("shortcuts.note"));
        note.getStyleClass().add("muted");
        note.setWrapText(true);
        note.setMaxWidth(420);
        show("shortcuts.title", "shortcuts-dialog", new VBox(14, grid, note));
    }

    public void showAbout() {
        Label title = new Label(i18n.text("app.title"));
        title.getStyleClass().add("about-title");
        Label text = new Label(i18n.text("about.text"));
        text.setWrapText(true);
        text.setMaxWidth(440);
        Label credits = new Label(i18n.text("about.credits"));
        credits.getStyleClass().add("muted");
        credits.setWrapText(true);
        credits.setMaxWidth(440);
        ImageView icon = new ImageView(new Image(HelpDialogs.class.getResource("/icons/gradient-lab-64.png")
                .toExternalForm()));
        show("about.title", "about-dialog", new HBox(18, icon, new VBox(10, title, text, credits)));
    }

    private void show(String titleKey, String id, javafx.scene.Node content) {
        Dialog<Void> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(i18n.text(titleKey));
        dialog.getDialogPane().setId(id);
        // At 200 % font on a 720-line projector the shortcut list is taller than the screen: the
        // window is kept on screen (its Close button reachable) and the list scrolls.
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        dialog.getDialogPane().setContent(scroll);
        dialog.setOnShown(e -> WindowPlacement.keepOnScreen(dialog.getDialogPane().getScene().getWindow()));
        ButtonType close = new ButtonType(i18n.text("button.close"), ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().add(close);
        // A uniform-size button gets the width measured when the bar was built, before the
        // window's font size applied ("Cl…" at 200 %); the only button needs no uniform size.
        ButtonBar.setButtonUniformSize(dialog.getDialogPane().lookupButton(close), false);
        dialog.show();
    }
}
