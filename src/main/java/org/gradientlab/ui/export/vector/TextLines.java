package org.gradientlab.ui.export.vector;

import java.util.ArrayList;
import java.util.List;

import javafx.scene.shape.MoveTo;
import javafx.scene.shape.PathElement;
import javafx.scene.text.Text;

/**
 * A Text node's lines as JavaFX laid them out (wrapped, aligned), read from its caret positions:
 * a vector file then breaks a wrapped caption where the screen broke it, without its own
 * line-breaking rules.
 */
record TextLines(List<Line> lines) {

    /** One line: its characters and where its baseline starts, in the Text's local coordinates. */
    record Line(String text, double x, double baseline) {}

    static TextLines of(Text node) {
        String text = node.getText();
        List<Line> lines = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return new TextLines(lines);
        }
        double ascent = FontMetrics.of(node.getFont()).ascent();
        int start = 0;
        double[] first = caret(node, 0);
        for (int i = 1; i <= text.length(); i++) {
            double[] here = i < text.length() ? caret(node, i) : null;
            if (here == null || Math.abs(here[1] - first[1]) > 0.5) {
                add(lines, text.substring(start, i), first[0], first[1] + ascent);
                if (here != null) {
                    start = i;
                    first = here;
                }
            }
        }
        return new TextLines(List.copyOf(lines));
    }

    private static void add(List<Line> lines, String chars, double x, double baseline) {
        String shown = chars.stripTrailing();
        if (!shown.isEmpty()) {
            lines.add(new Line(shown, x, baseline));
        }
    }

    /** x and top of the caret before character {@code index}. */
    private static double[] caret(Text node, int index) {
        for (PathElement e : node.caretShape(index, true)) {
            if (e instanceof MoveTo move) {
                return new double[] {move.getX(), move.getY()};
            }
        }
        return new double[] {0, 0};
    }
}
