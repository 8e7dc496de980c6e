package org.gradientlab.ui.shell;

import java.util.HashMap;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.function.Consumer;

import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.SplitPane;
import javafx.scene.control.skin.ComboBoxListViewSkin;

import org.gradientlab.ui.lab.Lab;

/**
 * Makes a change of text size reversible: 100 % → 200 % → 100 % ends where it began. Two
 * controls remember a larger size for good. A combo box keeps the widest cell it ever measured:
 * once the new size is styled it gets a new skin, which measures again. And a split pane moves
 * its divider for a wider side column and never back: each text size keeps its own dividers.
 */
final class TextSizeChanges {
    private final Map<SplitPane, Map<Integer, double[]>> noted = new WeakHashMap<>();

    TextSizeChanges(ObservableValue<Number> scale, ObservableValue<Lab> currentLab) {
        scale.addListener((obs, was, now) -> {
            Node root = currentLab.getValue().view();
            forEach(root, SplitPane.class, split -> noted.computeIfAbsent(split, s -> new HashMap<>())
                    .put(was.intValue(), split.getDividerPositions()));
            afterNextLayout(root, () -> {
                forEach(root, ComboBox.class, TextSizeChanges::remeasure);
                forEach(root, SplitPane.class, split -> {
                    double[] back = noted.getOrDefault(split, Map.of()).get(now.intValue());
                    if (back != null && back.length == split.getDividers().size()) {
                        split.setDividerPositions(back);
                    }
                });
            });
        });
    }

    /** Runs {@code action} once, after the next pulse has styled and laid out {@code node}'s scene. */
    static void afterNextLayout(Node node, Runnable action) {
        Scene scene = node.getScene();
        if (scene == null) {
            action.run();
            return;
        }
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            action.run();
        };
        scene.addPostLayoutPulseListener(once[0]);
        if (node instanceof Parent parent) {
            parent.requestLayout();
        }
    }

    /** A new skin: its popup list measures its cells afresh (the old one only ever grows). */
    private static <T> void remeasure(ComboBox<T> box) {
        if (box.getSkin() != null && box.getSkin().getClass() == ComboBoxListViewSkin.class) {
            box.setSkin(new ComboBoxListViewSkin<>(box));
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> void forEach(Node node, Class<T> type, Consumer<T> action) {
        if (type.isInstance(node)) {
            action.accept((T) node);
        }
        if (node instanceof Parent parent) {
            for (Node child : java.util.List.copyOf(parent.getChildrenUnmodifiable())) {
                forEach(child, type, action);
            }
        }
    }
}
