package org.gradientlab.ui.shell;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.testfx.api.FxToolkit;

import org.gradientlab.ui.OnFx;
import org.gradientlab.ui.i18n.I18n;
import org.gradientlab.ui.i18n.Language;
import org.gradientlab.ui.lab.Lab;
import org.gradientlab.ui.lab.Labs;
import org.gradientlab.ui.theme.Appearance;
import org.gradientlab.ui.theme.Fonts;
import org.gradientlab.ui.theme.Theme;

/**
 * Issue 15.1 at the screens classrooms have: in a window of each size, every lab and page shows
 * its menu bar and, inside the window and any scroll pane's viewport, a figure large enough to
 * read (at least 300 × 180 px of it on screen without scrolling), and every button it shows is
 * in the window or in a scroll pane that is (reachable by scrolling).
 */
class ScreenSizesTest {
    private static final double MIN_WIDTH = 300;
    private static final double MIN_HEIGHT = 180;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @ParameterizedTest(name = "{0} x {1} in {2}")
    @CsvSource({"1024, 768, en", "1024, 768, ko", "1280, 720, en", "1280, 720, ko", "1366, 768, en", "1920, 1080, ko"})
    void everyLabAndPageShowsItsMenuAndAReadableFigure(int width, int height, String language) {
        List<String> problems = OnFx.call(() -> {
            Fonts.load();
            List<String> found = new ArrayList<>();
            I18n i18n = new I18n(Language.fromId(language).orElseThrow());
            Appearance appearance = new Appearance(Theme.LIGHT, 100);
            MainView view = new MainView(i18n, appearance, Labs.standard(i18n), MenuActions.NONE);
            Scene scene = new Scene(view, width, height);
            appearance.style(scene);
            Bounds window = new BoundingBox(0, 0, width, height);
            for (String lab : Labs.IDS) {
                List<String> pages = Labs.PAGES.getOrDefault(lab, List.of());
                for (String page : pages.isEmpty() ? java.util.Collections.singletonList((String) null) : pages) {
                    view.select(lab);
                    Lab shown = view.currentLab();
                    if (page != null) {
                        shown.showPage(page);
                    }
                    for (int pass = 0; pass < 3; pass++) {  // scroll panes settle over a few passes
                        view.applyCss();
                        view.layout();
                    }
                    String name = lab + (page == null ? "" : "/" + page);
                    Bounds menu = view.getTop().localToScene(view.getTop().getLayoutBounds());
                    if (menu.getHeight() < 10 || menu.getMinY() < 0) {
                        found.add(name + ": menu bar " + menu);
                    }
                    Bounds seen = visible(shown.exportNode(), window);
                    System.out.printf("%dx%d %s %s: figure seen %.0f x %.0f%n", width, height, language, name,
                            seen == null ? 0 : seen.getWidth(), seen == null ? 0 : seen.getHeight());
                    if (seen == null || seen.getWidth() < MIN_WIDTH || seen.getHeight() < MIN_HEIGHT) {
                        found.add(name + ": figure seen " + seen);
                    }
                    for (Node control : ((Parent) shown.view()).lookupAll(".button")) {
                        if (shownOnScreen(control) && !reachable(control, window)) {
                            found.add(name + ": control out of reach " + control.getId() + " "
                                    + control.localToScene(control.getLayoutBounds()));
                        }
                    }
                }
            }
            return found;
        });
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    /** The part of {@code node} on screen: inside the window and every scroll pane's viewport around it. */
    private static Bounds visible(Node node, Bounds window) {
        Bounds seen = intersect(node.localToScene(node.getLayoutBounds()), window);
        for (Parent p = node.getParent(); p != null && seen != null; p = p.getParent()) {
            if (p instanceof ScrollPane scroll) {
                Bounds viewport = scroll.localToScene(scroll.getLayoutBounds());
                seen = intersect(seen, viewport);
            }
            if (!p.isVisible()) {
                return null;
            }
        }
        return seen;
    }

    private static boolean shownOnScreen(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible() || !n.isManaged() && n != node) {
                return false;
            }
        }
        return true;
    }

    /** Inside the window, or inside a scroll pane that is, so scrolling brings it into view. */
    private static boolean reachable(Node node, Bounds window) {
        for (Parent p = node.getParent(); p != null; p = p.getParent()) {
            if (p instanceof ScrollPane scroll) {
                return contains(window, scroll.localToScene(scroll.getLayoutBounds()));
            }
        }
        return contains(window, node.localToScene(node.getLayoutBounds()));
    }

    private static boolean contains(Bounds outer, Bounds inner) {
        return inner.getMinX() >= outer.getMinX() - 0.5 && inner.getMinY() >= outer.getMinY() - 0.5
                && inner.getMaxX() <= outer.getMaxX() + 0.5 && inner.getMaxY() <= outer.getMaxY() + 0.5;
    }

    private static Bounds intersect(Bounds a, Bounds b) {
        double minX = Math.max(a.getMinX(), b.getMinX());
        double minY = Math.max(a.getMinY(), b.getMinY());
        double maxX = Math.min(a.getMaxX(), b.getMaxX());
        double maxY = Math.min(a.getMaxY(), b.getMaxY());
        return maxX <= minX || maxY <= minY ? null : new BoundingBox(minX, minY, maxX - minX, maxY - minY);
    }
}
