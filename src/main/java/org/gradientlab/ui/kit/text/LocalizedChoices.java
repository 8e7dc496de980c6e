package org.gradientlab.ui.kit.text;

import java.util.function.Function;

import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.util.StringConverter;

import org.gradientlab.ui.i18n.I18n;

/**
 * A combo box whose items are ids or enums shown by name in the UI's language: the closed box,
 * its list and its converter, all written again when the language changes.
 */
public final class LocalizedChoices {
    private LocalizedChoices() {}

    private static final String FONT_SIZE = LocalizedChoices.class.getName() + ".fontSize";

    /** Shows each item of {@code box} as {@code text} words it, in whatever language is chosen. */
    public static <T> void show(ComboBox<T> box, I18n i18n, Function<T, String> text) {
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : text.apply(value);
            }

            @Override
            public T fromString(String string) {
                throw new UnsupportedOperationException();
            }
        });
        Runnable[] cells = new Runnable[1];
        cells[0] = () -> {
            // New cells: the skin re-renders the button cell only when the value changes, and the
            // list keeps the cells it made, so neither follows the language by itself.
            box.setCellFactory(list -> cell(text));
            ListCell<T> button = buttonCell(box, text);
            // Nor the text size. And the skin makes its popup list at least as wide as the box
            // is now, which keeps a box widened at 200 % as wide once back at 100 %: its width
            // goes to nothing so the next layout measures the list again.
            button.fontProperty().addListener((o, was, is) -> {
                Object seen = box.getProperties().put(FONT_SIZE, is.getSize());
                if (seen != null && (double) seen != is.getSize()) {
                    cells[0].run();
                    box.resize(0, box.getHeight());
                    box.requestLayout();
                }
            });
            box.setButtonCell(button);
        };
        cells[0].run();
        i18n.whenLanguageChanges(cells[0]);
        box.promptTextProperty().addListener((o, was, is) -> {
            if (box.getValue() == null) {
                box.getButtonCell().setText(is);
            }
        });
    }

    /**
     * The closed box's cell: with no value it shows the prompt, which the skin writes only
     * before the first value (a box whose value went back to null showed nothing).
     */
    private static <T> ListCell<T> buttonCell(ComboBox<T> box, Function<T, String> text) {
        return new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? box.getPromptText() : text.apply(item));
            }
        };
    }

    private static <T> ListCell<T> cell(Function<T, String> text) {
        return new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : text.apply(item));
            }
        };
    }
}
