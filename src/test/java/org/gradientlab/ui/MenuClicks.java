package org.gradientlab.ui;

import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.input.MouseButton;

import org.testfx.api.FxRobot;
import org.testfx.robot.Motion;

/**
 * Clicks through menus by their visible text. A plain text lookup can also find a menu's
 * label in a popup that is built but not shown (it has no scene), which TestFX cannot click.
 */
public final class MenuClicks {
    private MenuClicks() {}

    /** Clicks a menu-bar menu, then the items of {@code texts} down its submenus. */
    public static void clickPath(FxRobot robot, String... texts) {
        for (int i = 0; i < texts.length; i++) {
            // Aim at a fixed point: choosing a language relabels the menus, so the node itself
            // may be gone once the click lands. Paths matter too: sideways along the menu bar
            // would open the neighbouring menu, and a diagonal into a submenu crosses other
            // items whose submenus replace it. So: down into the menu, sideways into a submenu.
            Motion motion = i == 0 ? Motion.DIRECT : i == 1 ? Motion.VERTICAL_FIRST : Motion.HORIZONTAL_FIRST;
            Point2D target = robot.point(shown(robot, texts[i])).query();
            robot.moveTo(robot.point(target), motion).clickOn(MouseButton.PRIMARY);
        }
    }

    public static Node shown(FxRobot robot, String text) {
        return robot.lookup((Node n) -> n instanceof Labeled l && text.equals(l.getText()) && n.isVisible()
                && n.getScene() != null && n.getScene().getWindow() != null && n.getScene().getWindow().isShowing())
                .query();
    }
}
