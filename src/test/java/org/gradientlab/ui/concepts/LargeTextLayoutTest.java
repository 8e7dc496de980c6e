package org.gradientlab.ui.concepts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Cell;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import org.gradientlab.ui.OnFx;
import org.gradientlab.ui.UiTestKit;
import org.gradientlab.ui.i18n.Language;
import org.gradientlab.ui.kit.plot.PlotCanvas;

/**
 * Issue 15 point 2: at 200 % text in a 1280 × 720 window (no presentation mode) every concepts page
 * leaves its figure a fair share of the width, and no label or button on it is cut to an ellipsis. Before the
 * lab went compact the page list took about 350 px and the controls about 550 px, leaving the figure
 * about 280 px.
 */
@ExtendWith(ApplicationExtension.class)
class LargeTextLayoutTest {
    private static final List<String> PAGES =
            List.of("activations", "preprocessing", "babysitting", "schedules", "ensembles", "conv", "landscape");
    /** The figures' span, at least this share of the window's width. */
    private static final double FIGURE_SHARE = 0.4;
    private static final double WIDTH = 1280;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @Test
    void at200PercentEveryPageKeepsItsFigureWideAndItsLabelsWhole() {
        List<String> problems = new ArrayList<>();
        for (Language language : List.of(Language.ENGLISH, Language.KOREAN)) {
            UiTestKit.Window window = OnFx.call(() -> UiTestKit.mainView(stage, language, 200, WIDTH, 720));
            for (String page : PAGES) {
                UiTestKit.show(window.view(), "concepts/" + page);
                UiTestKit.settle();
                UiTestKit.settle();
                problems.addAll(OnFx.call(() -> {
                    Parent root = window.view();
                    List<String> found = new ArrayList<>();
                    String where = language + " " + page + ": ";
                    // The babysitting page's figure is its column of step cards; its plots are sparklines in them.
                    Node cards = root.lookup(".babysit-figure");
                    double span = page.equals("babysitting") && cards != null
                            ? cards.getLayoutBounds().getWidth()
                            : figureSpan(UiTestKit.plotsShowing(root));
                    if (span < FIGURE_SHARE * WIDTH) {
                        found.add(where + "the figure is " + Math.round(span) + " px wide, under "
                                + Math.round(FIGURE_SHARE * 100) + " % of " + WIDTH);
                    }
                    for (Labeled label : clipped(window.view().currentLab().view())) {
                        found.add(where + "label cut: '" + label.getText() + "' (" + label.getId() + ")");
                    }
                    return found;
                }));
            }
        }
        assertEquals("", String.join("\n", problems), problems.size() + " problems");
    }

    /** From the leftmost plot's left edge to the rightmost plot's right edge, in the scene. */
    private static double figureSpan(List<PlotCanvas> plots) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (PlotCanvas plot : plots) {
            Bounds b = plot.localToScene(plot.getLayoutBounds());
            if (b.getWidth() > 0) {
                min = Math.min(min, b.getMinX());
                max = Math.max(max, b.getMaxX());
            }
        }
        return max > min ? max - min : 0;
    }

    /** The labels on show whose drawn text is not their whole text (cut to an ellipsis). */
    private static List<Labeled> clipped(Node root) {
        List<Labeled> cut = new ArrayList<>();
        List<Labeled> all = new ArrayList<>();
        collect(root, all);
        for (Labeled label : all) {
            if (showing(label) && label.getText() != null && !label.getText().isEmpty()) {
                for (Node child : label.getChildrenUnmodifiable()) {
                    if (child instanceof Text text && child.isVisible() && !label.getText().equals(text.getText())) {
                        cut.add(label);
                    }
                }
            }
        }
        return cut;
    }

    /** Labels, buttons and toggles; not a list's or drop-down's cells, which cut long items by design. */
    private static void collect(Node node, List<Labeled> into) {
        if (node instanceof Labeled labeled && !(node instanceof Cell<?>)) {
            into.add(labeled);
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                collect(child, into);
            }
        }
    }

    private static boolean showing(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return node.getScene() != null;
    }
}
