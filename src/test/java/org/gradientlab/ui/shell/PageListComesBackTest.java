package org.gradientlab.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.robot.BaseRobot;

import org.gradientlab.ui.OnFx;
import org.gradientlab.ui.UiTestKit;
import org.gradientlab.ui.i18n.Language;
import org.gradientlab.ui.theme.Appearance;

/**
 * Issue 15: once, the concepts lab's page list did not come back after leaving presentation mode
 * (F11). Not reproduced; this walks the ways there: F11 on and off on several pages, a page
 * switched while in F11 (by the lab, and by a click in the drawer), F (the figure alone) inside
 * F11, at 100 % and 200 % text. After each exit the list is on show, laid out and as wide as before.
 */
@ExtendWith(ApplicationExtension.class)
class PageListComesBackTest {
    private static final List<String> PAGES = List.of("activations", "schedules", "conv", "landscape", "ensembles");
    private Appearance appearance;
    private MainView view;
    private Scene scene;

    @Start
    void start(Stage stage) {
        UiTestKit.Window window = UiTestKit.mainView(stage, Language.ENGLISH, 100, 1280, 720);
        appearance = window.appearance();
        view = window.view();
        scene = window.scene();
    }

    @Test
    void thePageListIsBackAfterEveryWayOutOfPresentationMode(FxRobot robot) {
        List<String> problems = new ArrayList<>();
        for (int scale : new int[] {100, 200}) {
            OnFx.call(() -> {
                appearance.setFontScale(scale);
                return null;
            });
            UiTestKit.show(view, "concepts/" + PAGES.get(0));
            UiTestKit.settle(scene);
            double width = OnFx.call(() -> list().getLayoutBounds().getWidth());
            for (int i = 0; i < PAGES.size(); i++) {
                String page = PAGES.get(i);
                String next = PAGES.get((i + 1) % PAGES.size());
                UiTestKit.show(view, "concepts/" + page);
                UiTestKit.settle(scene);
                // On and off on this page, twice.
                for (int k = 0; k < 2; k++) {
                    f11(robot);
                    f11(robot);
                    check(problems, scale + " % " + page + ", F11 twice (" + k + ")", width);
                }
                // A page switched while in F11, by the lab (a lesson scene does this).
                f11(robot);
                UiTestKit.show(view, "concepts/" + next);
                UiTestKit.settle(scene);
                f11(robot);
                check(problems, scale + " % " + page + " → " + next + " in F11", width);
                // The drawer opened, the page chosen in the list, the drawer shut, F11 left.
                f11(robot);
                toggleDrawer(robot);
                // Fired rather than clicked: at 200 % the lower pages lie below the list's fold.
                // At 200 % the lab is compact (issue 15): the list is a drop-down, chosen from there.
                OnFx.call(() -> {
                    Node button = view.currentLab().view().lookup("#concept-nav-" + page);
                    if (button != null) {
                        ((javafx.scene.control.ToggleButton) button).fire();
                    } else {
                        ((javafx.scene.control.ComboBox<?>) view.currentLab().view().lookup("#concept-nav-picker"))
                                .getSelectionModel().select(view.currentLab().pageIds().indexOf(page));
                    }
                    return null;
                });
                UiTestKit.settle(scene);
                toggleDrawer(robot);
                f11(robot);
                check(problems, scale + " % " + next + " → " + page + " from the drawer", width);
                // The figure alone inside F11, F11 left while it shows.
                f11(robot);
                typeF(robot);
                f11(robot);
                if (OnFx.call(() -> view.presentation().figureOnlyProperty().get())) {
                    typeF(robot);
                }
                check(problems, scale + " % " + page + ", F in F11", width);
            }
        }
        assertEquals("", String.join("\n", problems), problems.size() + " times the list stayed away");
    }

    /** The page list: the column, or at large text (issue 15, the lab compact) the drop-down bar above the page. */
    private Node list() {
        Node bar = view.currentLab().view().lookup("#concepts-nav-bar");
        return bar != null ? bar : view.currentLab().view().lookup(".concepts-nav-scroll");
    }

    /*
     * Keys and clicks go through the robot as before, without its fixed waits after each press:
     * the test waits for the press's effect, then for the layout to hold still.
     */
    private void f11(FxRobot robot) {
        boolean before = OnFx.call(() -> appearance.presentationProperty().get());
        type(robot, KeyCode.F11);
        try {
            UiTestKit.waitUntil(10, () -> appearance.presentationProperty().get() != before);
        } catch (AssertionError e) {
            throw new AssertionError("F11 did not toggle presentation mode", e);
        }
        UiTestKit.settle(scene);
    }

    private void typeF(FxRobot robot) {
        boolean before = OnFx.call(() -> view.presentation().figureOnlyProperty().get());
        type(robot, KeyCode.F);
        UiTestKit.waitUntil(10, () -> view.presentation().figureOnlyProperty().get() != before);
        UiTestKit.settle(scene);
    }

    /** A click on the presentation bar's drawer button, in its middle. */
    private void toggleDrawer(FxRobot robot) {
        boolean before = OnFx.call(() -> view.presentation().drawerOpenProperty().get());
        Point2D middle = OnFx.call(() -> {
            Node button = view.lookup("#presentation-drawer");
            Bounds b = button.localToScreen(button.getLayoutBounds());
            return new Point2D(b.getCenterX(), b.getCenterY());
        });
        BaseRobot base = robot.robotContext().getBaseRobot();
        base.moveMouse(middle);
        base.pressMouse(MouseButton.PRIMARY);
        base.releaseMouse(MouseButton.PRIMARY);
        UiTestKit.waitUntil(10, () -> view.presentation().drawerOpenProperty().get() != before);
        UiTestKit.settle(scene);
    }

    private static void type(FxRobot robot, KeyCode key) {
        BaseRobot base = robot.robotContext().getBaseRobot();
        base.pressKeyboard(key);
        base.releaseKeyboard(key);
    }

    private void check(List<String> problems, String what, double width) {
        String problem = OnFx.call(() -> {
            Node list = list();
            for (Node n = list; n != null; n = n.getParent()) {
                if (!n.isVisible()) {
                    return "hidden (" + n + ")";
                }
            }
            if (!list.isManaged()) {
                return "not laid out";
            }
            Bounds b = list.localToScene(list.getLayoutBounds());
            if (Math.abs(b.getWidth() - width) > 1 || b.getHeight() < (list.getId() == null ? 200 : 20) || b.getMinX() < 0) {
                return "at " + b + ", was " + width + " wide";
            }
            return null;
        });
        if (problem != null) {
            problems.add(what + ": " + problem);
        }
    }
}
