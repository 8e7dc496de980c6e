package org.gradientlab.ui.training;

import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;

import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import org.gradientlab.ui.OnFx;
import org.gradientlab.ui.UiTestKit;
import org.gradientlab.ui.i18n.I18n;
import org.gradientlab.ui.i18n.Language;

/**
 * In a 1280×720 window the "Inside the net" tab has less height than its strips, three small
 * charts, key and note need: every small chart and the key must still be shown whole, scrolled to
 * if need be, never cut off under the tab's bottom edge.
 */
@ExtendWith(ApplicationExtension.class)
class InsideLayoutTest {
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void everySmallChartAndTheKeyCanBeSeenWholeAt1280x720(Language language) {
        TrainingLab lab = OnFx.call(() -> {
            TrainingLab training = new TrainingLab(new I18n(language), new CoreBackend(), CoreBackend::preset);
            UiTestKit.show(stage, training, 1280, 720);
            training.showView(InsideSnapshot.INSIDE);
            stage.getScene().getRoot().applyCss();
            stage.getScene().getRoot().layout();
            return training;
        });
        Node view = OnFx.call(() -> lab.inside().view());
        for (String id : new String[] {"#inside-dead", "#inside-gradient", "#inside-ratio", "#inside-key"}) {
            String problem = OnFx.call(() -> {
                Node part = view.lookup(id);
                Parent frame = frame(part);
                if (frame instanceof ScrollPane scroll) {
                    scroll.setVvalue(scroll.getVmax());
                    scroll.layout();
                }
                Bounds shown = frame.localToScene(frame.getLayoutBounds());
                Bounds bounds = part.localToScene(part.getLayoutBounds());
                boolean whole = bounds.getMinY() >= shown.getMinY() - 0.5 && bounds.getMaxY() <= shown.getMaxY() + 0.5
                        && bounds.getHeight() >= part.minHeight(-1) - 0.5;
                return whole ? null : id + " at y " + bounds.getMinY() + ".." + bounds.getMaxY() + " in a "
                        + frame.getClass().getSimpleName() + " showing y " + shown.getMinY() + ".." + shown.getMaxY();
            });
            assertTrue(problem == null, language + ": " + problem);
        }
    }

    /** What shows {@code node}: the nearest scroll pane around it, else the tab pane. */
    private static Parent frame(Node node) {
        for (Parent p = node.getParent(); p != null; p = p.getParent()) {
            if (p instanceof ScrollPane || p instanceof TabPane) {
                return p;
            }
        }
        throw new AssertionError(node + " is not in a tab");
    }
}
