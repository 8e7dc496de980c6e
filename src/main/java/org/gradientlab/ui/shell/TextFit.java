package org.gradientlab.ui.shell;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;

import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Cell;
import javafx.scene.control.Labeled;
import javafx.scene.layout.Region;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * No label in the window shows less than its text (issue 15.2: "at 200 % font every label still
 * fits"). After each layout, a label whose skin had to cut its text with an ellipsis is given the
 * room: text of several words wraps, never narrower than its longest word so no word is broken; a
 * single word (a number, a name, a button) keeps the width of its text, and its container grows
 * or scrolls. Only labels that were cut are touched, so a
 * layout where everything fits stays exactly as it was, and when the text size changes every label
 * gets its own settings back first: 100 % → 200 % → 100 % ends where it began.
 */
final class TextFit {
    private record Saved(boolean wrap, double minWidth, double minHeight) {}

    private final Parent root;
    private final Map<Labeled, Saved> changed = new WeakHashMap<>();
    private final Text measure = new Text();

    private TextFit(Parent root) {
        this.root = root;
    }

    /** Keeps every label under {@code root} whole while it is in a scene; starts over when {@code scale} changes. */
    static TextFit install(Parent root, ObservableValue<Number> scale) {
        TextFit fit = new TextFit(root);
        scale.addListener((obs, was, now) -> fit.restore());
        Runnable pass = fit::pass;
        root.sceneProperty().subscribe((was, now) -> {
            if (was != null) {
                was.removePostLayoutPulseListener(pass);
            }
            if (now != null) {
                now.addPostLayoutPulseListener(pass);
            }
        });
        return fit;
    }

    /**
     * Fits the labels now, without waiting for pulses (a snapshot lays out once and draws): styles,
     * lays out and fits until no label changes, at most a few rounds. FX thread.
     */
    void settle() {
        for (int round = 0; round < 6; round++) {
            root.applyCss();
            root.layout();
            List<Labeled> cut = new ArrayList<>();
            collectCut(root, cut);
            if (cut.isEmpty()) {
                return;
            }
            cut.forEach(this::fit);
        }
        root.applyCss();
        root.layout();
    }

    /** Every label back to its own settings, for the new text size to be fitted afresh. */
    private void restore() {
        changed.forEach((label, saved) -> {
            label.setWrapText(saved.wrap());
            label.setMinWidth(saved.minWidth());
            label.setMinHeight(saved.minHeight());
        });
        changed.clear();
    }

    private void pass() {
        List<Labeled> cut = new ArrayList<>();
        collectCut(root, cut);
        cut.forEach(this::fit);
    }

    private void collectCut(Node node, List<Labeled> cut) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof Labeled labeled && !(node instanceof Cell) && (isCut(labeled) || breaksAWord(labeled))) {
            cut.add(labeled);
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                collectCut(child, cut);
            }
        }
    }

    /** Whether the skin draws less than the label's text (JavaFX puts its ellipsis where text is left out). */
    static boolean isCut(Labeled labeled) {
        String text = labeled.getText();
        if (text == null || text.isEmpty()) {
            return false;
        }
        for (Node child : labeled.getChildrenUnmodifiable()) {
            if (child instanceof Text drawn && drawn.getText() != null && !text.equals(drawn.getText())
                    && !drawn.getText().equals(text.strip())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a wrapping label is narrower than its longest word, so the word is broken across
     * lines without an ellipsis (a Korean word, a name with brackets). Every label has a text
     * child; only a wrapping one can break a word.
     */
    private boolean breaksAWord(Labeled labeled) {
        String text = labeled.getText();
        if (!labeled.isWrapText() || text == null || text.isBlank() || labeled.getWidth() <= 0) {
            return false;
        }
        return longestWord(text, labeled.getFont()) + labeled.snappedLeftInset() + labeled.snappedRightInset()
                > labeled.getWidth() + 0.5;
    }

    private double longestWord(String text, Font font) {
        double longest = 0;
        for (String word : text.strip().split("\\s+")) {
            longest = Math.max(longest, width(word, font));
        }
        return longest;
    }

    private void fit(Labeled label) {
        Saved saved = changed.get(label);
        if (saved == null) {
            saved = new Saved(label.isWrapText(), label.getMinWidth(), label.getMinHeight());
            changed.put(label, saved);
        }
        String text = label.getText();
        Font font = label.getFont();
        double whole = width(text, font);
        boolean prose = text.strip().contains(" ");
        // What the label needs beside its text: padding, graphic and gap.
        double beside = Math.max(0, label.prefWidth(-1) - (label.isWrapText() ? 0 : whole));
        if (label.isWrapText() && breaksAWord(label)) {
            label.setMinWidth(Math.ceil(longestWord(text, font) + label.snappedLeftInset()
                    + label.snappedRightInset()) + 1);
            label.setMinHeight(Region.USE_PREF_SIZE);
        } else if (prose && !label.isWrapText() && label.getMinWidth() != Region.USE_PREF_SIZE) {
            double longestWord = longestWord(text, font);
            label.setWrapText(true);
            label.setMinWidth(Math.ceil(longestWord + Math.max(beside, label.snappedLeftInset()
                    + label.snappedRightInset())) + 1);
            label.setMinHeight(Region.USE_PREF_SIZE);
        } else if (label.isWrapText() && changed.containsKey(label) && label.getMinHeight() != Region.USE_PREF_SIZE) {
            label.setMinHeight(Region.USE_PREF_SIZE);
        } else if (!label.isWrapText()) {
            label.setMinWidth(Region.USE_PREF_SIZE);
        }
    }

    private double width(String text, Font font) {
        measure.setFont(font);
        measure.setText(text);
        return measure.getLayoutBounds().getWidth();
    }
}
