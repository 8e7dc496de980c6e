package org.gradientlab.ui.training;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;

import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import org.gradientlab.ui.OnFx;
import org.gradientlab.ui.UiTestKit;
import org.gradientlab.ui.i18n.Language;

/**
 * In a classroom's window (1280×720, 1024×768, 200 % text) the "Inside the net" tab has less
 * height than its strips, three small charts, key and note need: every small chart and the key must
 * still be shown whole, scrolled to if need be, never cut off under the tab's bottom edge. The whole
 * main view is built (menu bar, lab tabs, progress), as a user sees it.
 */
@ExtendWith(ApplicationExtension.class)
class InsideLayoutTest {
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    /** The classroom sizes of issue 15, and the projector's at 200 % text: window width, height, text %. */
    static Stream<Arguments> rooms() {
        List<Arguments> rooms = new ArrayList<>();
        for (Language language : Language.values()) {
            rooms.add(Arguments.of(language, 1280, 720, 100));
            rooms.add(Arguments.of(language, 1024, 768, 100));
            rooms.add(Arguments.of(language, 1280, 720, 200));
        }
        return rooms.stream();
    }

    @ParameterizedTest(name = "{0} {1}x{2} at {3} %")
    @MethodSource("rooms")
    void everySmallChartAndTheKeyCanBeSeenWhole(Language language, int width, int height, int scale) {
        TrainingLab lab = OnFx.call(() -> {
            UiTestKit.Window window = UiTestKit.mainView(stage, language, scale, width, height);
            window.view().select("training");
            TrainingLab training = (TrainingLab) window.view().currentLab();
            training.showView(InsideSnapshot.INSIDE);
            stage.getScene().getRoot().applyCss();
            stage.getScene().getRoot().layout();
            return training;
        });
        UiTestKit.settle();
        Node view = OnFx.call(() -> lab.inside().view());
        String room = language + " " + width + "x" + height + " at " + scale + " %: ";
        for (String id : new String[] {"#inside-dead", "#inside-gradient", "#inside-ratio", "#inside-key"}) {
            String problem = OnFx.call(() -> wholeInWindow(view.lookup(id)));
            assertTrue(problem == null, room + problem);
        }
    }

    /**
     * Scrolls every pane around {@code part} as a user would until it is in view, then says what
     * is wrong if it is not whole inside the pane or tab showing it and inside the window, or is
     * lower than its minimum height; null when it can be seen whole. FX thread.
     */
    static String wholeInWindow(Node part) {
        for (Parent p = part.getParent(); p != null; p = p.getParent()) {
            if (p instanceof ScrollPane scroll) {
                scrollTo(scroll, part);
            }
        }
        Parent frame = frame(part);
        Bounds shown = frame.localToScene(frame.getLayoutBounds());
        Bounds bounds = part.localToScene(part.getLayoutBounds());
        double windowHeight = part.getScene().getHeight();
        boolean whole = bounds.getMinY() >= shown.getMinY() - 0.5 && bounds.getMaxY() <= shown.getMaxY() + 0.5
                && bounds.getMinY() >= -0.5 && bounds.getMaxY() <= windowHeight + 0.5
                && bounds.getHeight() >= part.minHeight(-1) - 0.5;
        return whole ? null : part.getId() + " at y " + bounds.getMinY() + ".." + bounds.getMaxY() + " in a "
                + frame.getClass().getSimpleName() + " showing y " + shown.getMinY() + ".." + shown.getMaxY()
                + " in a window " + windowHeight + " high";
    }

    /** Scrolls {@code scroll} so that {@code part}'s bottom edge is at the viewport's bottom, or its top at the top. */
    private static void scrollTo(ScrollPane scroll, Node part) {
        scroll.layout();
        Node content = scroll.getContent();
        double contentHeight = content.getLayoutBounds().getHeight();
        double viewport = scroll.getViewportBounds().getHeight();
        if (contentHeight <= viewport) {
            return;
        }
        Bounds inContent = content.sceneToLocal(part.localToScene(part.getLayoutBounds()));
        double top = Math.min(inContent.getMinY(), Math.max(0, inContent.getMaxY() - viewport));
        scroll.setVvalue(scroll.getVmin() + (scroll.getVmax() - scroll.getVmin()) * top / (contentHeight - viewport));
        scroll.layout();
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
