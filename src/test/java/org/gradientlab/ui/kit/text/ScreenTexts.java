package org.gradientlab.ui.kit.text;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextInputControl;
import javafx.scene.text.Text;

import org.testfx.util.WaitForAsyncUtils;

import org.gradientlab.ui.OnFx;

/** What a person can read in a view: every visible label, button, text and field, in scene order. */
public final class ScreenTexts {
    private ScreenTexts() {}

    /** The texts under {@code root} once they stop changing (workers may still be finishing). */
    public static List<String> settled(Node root) {
        List<String> last = List.of();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            WaitForAsyncUtils.waitForFxEvents();
            List<String> now = OnFx.call(() -> of(root));
            if (now.equals(last)) {
                return now;
            }
            last = now;
            WaitForAsyncUtils.sleep(400, TimeUnit.MILLISECONDS);
        }
        return last;
    }

    /** Call on the FX thread. */
    public static List<String> of(Node root) {
        List<String> texts = new ArrayList<>();
        collect(root, texts);
        return texts;
    }

    private static void collect(Node node, List<String> texts) {
        if (!node.isVisible()) {
            return;
        }
        String id = node.getId() == null ? "" : "#" + node.getId() + " ";
        if (node instanceof Labeled l && l.getText() != null && !l.getText().isBlank()) {
            texts.add(id + l.getText());
        } else if (node instanceof TextInputControl t) {
            texts.add(id + t.getText() + " | " + t.getPromptText());
        } else if (node instanceof Text t && !(t.getParent() instanceof Labeled) && !t.getText().isBlank()
                && !t.getClass().getName().endsWith("LabeledText")) {
            texts.add(id + t.getText());
        }
        if (node instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                collect(child, texts);
            }
        }
    }

    /** True when {@code text} holds Hangul syllables or jamo. */
    public static boolean hasHangul(String text) {
        return text.codePoints().anyMatch(c -> (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0x1100 && c <= 0x11FF)
                || (c >= 0x3130 && c <= 0x318F));
    }
}
