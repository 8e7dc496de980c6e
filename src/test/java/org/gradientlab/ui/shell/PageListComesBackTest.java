package org.gradientlab.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

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

    @Start
    void start(Stage stage) {
        UiTestKit.Window window = UiTestKit.mainView(stage, Language.ENGLISH, 100, 1280, 720);
        appearance = window.appearance();
        view = window.view();
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
            UiTestKit.settle();
            double width = OnFx.call(() -> list().getLayoutBounds().getWidth());
            for (int i = 0; i < PAGES.size(); i++) {
                String page = PAGES.get(i);
                String next = PAGES.get((i + 1) % PAGES.size());
                UiTestKit.show(view, "concepts/" + page);
                UiTestKit.settle();
                // On and off on this page, twice.
                for (int k = 0; k < 2; k++) {
                    f11(robot);
                    f11(robot);
                    check(problems, scale + " % " + page + ", F11 twice (" + k + ")", width);
                }
                // A page switched while in F11, by the lab (a lesson scene does this).
                f11(robot);
                UiTestKit.show(view, "concepts/" + next);
                UiTestKit.settle();
                f11(robot);
                check(problems, scale + " % " + page + " → " + next + " in F11", width);
                // The drawer opened, the page chosen in the list, the drawer shut, F11 left.
                f11(robot);
                robot.clickOn("#presentation-drawer");
                UiTestKit.settle();
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
                UiTestKit.settle();
                robot.clickOn("#presentation-drawer");
                UiTestKit.settle();
                f11(robot);
                check(problems, scale + " % " + next + " → " + page + " from the drawer", width);
                // The figure alone inside F11, F11 left while it shows.
                f11(robot);
                robot.type(KeyCode.F);
                UiTestKit.settle();
                f11(robot);
                if (view.presentation().figureOnlyProperty().get()) {
                    robot.type(KeyCode.F);
                    UiTestKit.settle();
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

    private void f11(FxRobot robot) {
        boolean before = OnFx.call(() -> appearance.presentationProperty().get());
        robot.type(KeyCode.F11);
        UiTestKit.settle();
        if (OnFx.call(() -> appearance.presentationProperty().get()) == before) {
            throw new AssertionError("F11 did not toggle presentation mode");
        }
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
