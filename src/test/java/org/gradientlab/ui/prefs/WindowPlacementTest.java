package org.gradientlab.ui.prefs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import javafx.geometry.Rectangle2D;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class WindowPlacementTest {
    private static final ShellSettings FIRST = ShellSettings.defaults();

    @ParameterizedTest(name = "{0}x{1} screen, {2} px of task bar")
    @CsvSource({"1024, 768, 40", "1280, 720, 32", "1366, 768, 40", "1920, 1080, 48", "800, 600, 0"})
    void firstStartNeverExceedsTheVisualBoundsOfAClassroomScreen(int width, int height, int taskBar) {
        Rectangle2D visual = new Rectangle2D(0, 0, width, height - taskBar);
        Rectangle2D placed = WindowPlacement.place(FIRST, List.of(visual), visual);
        assertEquals(Math.min(1280, width), placed.getWidth());
        assertEquals(Math.min(800, height - taskBar), placed.getHeight());
        assertInside(visual, placed);
    }

    @Test
    void firstStartOnAWideScreenIsThePreferredSizeCentred() {
        Rectangle2D visual = new Rectangle2D(0, 0, 1920, 1040);
        assertEquals(new Rectangle2D(320, 120, 1280, 800), WindowPlacement.place(FIRST, List.of(visual), visual));
    }

    @Test
    void aGeometrySavedOnALargeMonitorIsShrunkAndMovedOntoAProjector() {
        ShellSettings saved = FIRST.withBounds(600, 300, 1800, 1000, false);
        Rectangle2D projector = new Rectangle2D(0, 0, 1280, 720);
        Rectangle2D placed = WindowPlacement.place(saved, List.of(projector), projector);
        assertEquals(new Rectangle2D(0, 0, 1280, 720), placed);
    }

    @Test
    void aWindowLeftOnAMonitorThatIsGoneOpensCentredOnThePrimary() {
        ShellSettings saved = FIRST.withBounds(2500, 100, 1000, 700, false);
        Rectangle2D primary = new Rectangle2D(0, 0, 1366, 728);
        assertEquals(new Rectangle2D(183, 14, 1000, 700), WindowPlacement.place(saved, List.of(primary), primary));
    }

    @Test
    void aWindowHangingOffTheEdgeIsPulledBackIn() {
        ShellSettings saved = FIRST.withBounds(-128, 500, 1000, 600, false);
        Rectangle2D screen = new Rectangle2D(0, 0, 1024, 738);
        assertEquals(new Rectangle2D(0, 138, 1000, 600), WindowPlacement.place(saved, List.of(screen), screen));
    }

    @Test
    void opensOnTheSecondMonitorWhenItHoldsMostOfTheWindow() {
        Rectangle2D left = new Rectangle2D(0, 0, 1920, 1040);
        Rectangle2D right = new Rectangle2D(1920, 0, 1280, 720);
        ShellSettings saved = FIRST.withBounds(1800, 50, 1200, 900, false);
        // 1200 × 900 does not fit the 1280 × 720 projector: it is shrunk to 720 high and kept on it.
        assertEquals(new Rectangle2D(1920, 0, 1200, 720), WindowPlacement.place(saved, List.of(left, right), left));
    }

    private static void assertInside(Rectangle2D screen, Rectangle2D window) {
        assertEquals(true, screen.contains(window), window + " inside " + screen);
    }
}
