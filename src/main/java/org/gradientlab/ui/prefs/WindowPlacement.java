package org.gradientlab.ui.prefs;

import java.util.Comparator;
import java.util.List;

import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Window;

/**
 * Where the main window opens: inside the visual bounds of a screen, never larger and never
 * off-screen. A first start takes the preferred size (or the whole visual area of a smaller
 * screen, e.g. a 1280×720 or 1024×768 projector), centred; a remembered geometry opens on the
 * screen it overlaps most and is shrunk and moved to fit it (the monitor it was saved on may be
 * gone, or a projector smaller).
 */
public final class WindowPlacement {
    private WindowPlacement() {
    }

    /**
     * @param saved   the remembered bounds (position NaN on a first start)
     * @param screens the visual bounds of every screen (without task bars and menu bars)
     * @param primary the visual bounds of the primary screen
     */
    public static Rectangle2D place(ShellSettings saved, List<Rectangle2D> screens, Rectangle2D primary) {
        return fit(new Rectangle2D(saved.hasPosition() ? saved.x() : 0, saved.hasPosition() ? saved.y() : 0,
                saved.width(), saved.height()), saved.hasPosition(), screens, primary);
    }

    /**
     * Moves and shrinks a shown window (a dialog grown tall at 200 % font, say) into the visual
     * bounds of the screen it overlaps most, so its buttons stay on screen; its content scrolls.
     */
    public static void keepOnScreen(Window window) {
        Rectangle2D now = new Rectangle2D(window.getX(), window.getY(), window.getWidth(), window.getHeight());
        Rectangle2D fitted = fit(now, true, Screen.getScreens().stream().map(Screen::getVisualBounds).toList(),
                Screen.getPrimary().getVisualBounds());
        if (!fitted.equals(now)) {
            window.setWidth(fitted.getWidth());
            window.setHeight(fitted.getHeight());
            window.setX(fitted.getMinX());
            window.setY(fitted.getMinY());
        }
    }

    private static Rectangle2D fit(Rectangle2D wanted, boolean hasPosition, List<Rectangle2D> screens,
                                   Rectangle2D primary) {
        Rectangle2D screen = hasPosition ? mostOverlapped(wanted, screens, primary) : primary;
        double width = Math.min(wanted.getWidth(), screen.getWidth());
        double height = Math.min(wanted.getHeight(), screen.getHeight());
        double x;
        double y;
        if (hasPosition && overlap(wanted, screen) > 0) {
            x = clamp(wanted.getMinX(), screen.getMinX(), screen.getMaxX() - width);
            y = clamp(wanted.getMinY(), screen.getMinY(), screen.getMaxY() - height);
        } else {
            x = screen.getMinX() + (screen.getWidth() - width) / 2;
            y = screen.getMinY() + (screen.getHeight() - height) / 2;
        }
        return new Rectangle2D(x, y, width, height);
    }

    private static Rectangle2D mostOverlapped(Rectangle2D wanted, List<Rectangle2D> screens, Rectangle2D primary) {
        return screens.stream()
                .filter(s -> overlap(wanted, s) > 0)
                .max(Comparator.comparingDouble(s -> overlap(wanted, s)))
                .orElse(primary);
    }

    private static double overlap(Rectangle2D wanted, Rectangle2D screen) {
        double w = Math.min(wanted.getMaxX(), screen.getMaxX()) - Math.max(wanted.getMinX(), screen.getMinX());
        double h = Math.min(wanted.getMaxY(), screen.getMaxY()) - Math.max(wanted.getMinY(), screen.getMinY());
        return w > 0 && h > 0 ? w * h : 0;
    }

    private static double clamp(double value, double min, double max) {
        return Math.max(min, Math.min(max, value));
    }
}
