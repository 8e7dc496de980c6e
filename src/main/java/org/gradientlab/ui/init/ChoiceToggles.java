package org.gradientlab.ui.init;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

import javafx.scene.control.Toggle;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;

import org.gradientlab.ui.i18n.I18n;

/**
 * One button per choice, exactly one pressed: one click picks an activation or an init, which
 * a teacher at a projector prefers to a drop-down list.
 */
final class ChoiceToggles<T> extends FlowPane {
    private final ToggleGroup group = new ToggleGroup();
    private final Map<T, ToggleButton> buttons = new LinkedHashMap<>();
    private boolean programmatic;

    /**
     * @param nameKey i18n key of a choice's button text
     * @param idOf    node id of a choice's button
     */
    ChoiceToggles(I18n i18n, List<T> choices, Function<T, String> nameKey, Function<T, String> idOf) {
        getStyleClass().add("choice-toggles");
        for (T choice : choices) {
            ToggleButton button = new ToggleButton();
            button.textProperty().bind(i18n.label(nameKey.apply(choice)));
            button.setId(idOf.apply(choice));
            button.setToggleGroup(group);
            button.setUserData(choice);
            buttons.put(choice, button);
            getChildren().add(button);
        }
        // Pressing the pressed button again would leave none pressed: keep it.
        group.selectedToggleProperty().addListener((o, before, after) -> {
            if (after == null && before != null) {
                group.selectToggle(before);
            }
        });
    }

    /** Calls {@code listener} with the choice the user presses. */
    void onChoose(Consumer<T> listener) {
        group.selectedToggleProperty().addListener((o, before, after) -> {
            if (!programmatic && after != null && after != before) {
                @SuppressWarnings("unchecked")
                T choice = (T) after.getUserData();
                listener.accept(choice);
            }
        });
    }

    /** Presses the button of {@code choice} without reporting it. */
    void select(T choice) {
        programmatic = true;
        try {
            Toggle button = buttons.get(choice);
            if (group.getSelectedToggle() != button) {
                group.selectToggle(button);
            }
        } finally {
            programmatic = false;
        }
    }

    ToggleButton button(T choice) {
        return buttons.get(choice);
    }
}
