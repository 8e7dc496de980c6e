package org.gradientlab.ui.prefs;

import java.util.Comparator;
import java.util.List;

import javafx.geometry.Rectangle2D;

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
        Rectangle2D screen = saved.hasPosition() ? mostOverlapped(saved, screens, primary) : primary;
        double width = Math.min(saved.width(), screen.getWidth());
        double height = Math.min(saved.height(), screen.getHeight());
        double x;
        double y;
        if (saved.hasPosition() && overlap(saved, screen) > 0) {
            x = clamp(saved.x(), screen.getMinX(), screen.getMaxX() - width);
            y = clamp(saved.y(), screen.getMinY(), screen.getMaxY() - height);
        } else {
            x = screen.getMinX() + (screen.getWidth() - width) / 2;
            y = screen.getMinY() + (screen.getHeight() - height) / 2;
        }
        return new Rectangle2D(x, y, width, height);
    }

    private static Rectangle2D mostOverlapped(ShellSettings saved, List<Rectangle2D> screens, Rectangle2D primary) {
        return screens.stream()
                .filter(s -> overlap(saved, s) > 0)
                .max(Comparator.comparingDouble(s -> overlap(saved, s)))
                .orElse(primary);
    }

    private static double overlap(ShellSettings saved, Rectangle2D screen) {
        double w = Math.min(saved.x() + saved.width(), screen.getMaxX()) - Math.max(saved.x(), screen.getMinX());
        double h = Math.min(saved.y() + saved.height(), screen.getMaxY()) - Math.max(saved.y(), screen.getMinY());
        return w > 0 && h > 0 ? w * h : 0;
    }

    private static double clamp(double value, double min, double max) {
        return Math.max(min, Math.min(max, value));
    }
}
