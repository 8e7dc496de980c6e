package org.gradientlab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.scene.image.PixelReader;
import javafx.stage.Stage;

import org.testfx.util.WaitForAsyncUtils;

import org.gradientlab.ui.export.PathChooser;
import org.gradientlab.ui.i18n.I18n;
import org.gradientlab.ui.i18n.Language;
import org.gradientlab.ui.kit.plot.PlotCanvas;
import org.gradientlab.ui.lab.Lab;
import org.gradientlab.ui.lab.Labs;
import org.gradientlab.ui.prefs.MemoryPreferences;
import org.gradientlab.ui.prefs.ShellPreferences;
import org.gradientlab.ui.prefs.ShellSettings;
import org.gradientlab.ui.shell.MainView;
import org.gradientlab.ui.shell.MenuActions;
import org.gradientlab.ui.shell.ShellWindow;
import org.gradientlab.ui.theme.Appearance;
import org.gradientlab.ui.theme.Fonts;
import org.gradientlab.ui.theme.Theme;

/**
 * The UI tests' one way to put a lab on screen and wait for it: the window's first-start size,
 * theme and font scale, the bundled font loaded. {@link OnFx} is the third piece: act and read
 * on the FX thread.
 */
public final class UiTestKit {
    private static final ShellSettings FIRST_START = ShellSettings.defaults();
    /** The main window's size on first start. */
    public static final double WIDTH = FIRST_START.width();
    public static final double HEIGHT = FIRST_START.height();

    private UiTestKit() {}

    /** Shows {@code lab} in {@code stage} at the main window's first-start size. FX thread (a TestFX @Start). */
    public static Scene show(Stage stage, Lab lab) {
        return show(stage, (Parent) lab.view(), WIDTH, HEIGHT);
    }

    /** As {@link #show(Stage, Lab)} at another size, for a test about a smaller window. */
    public static Scene show(Stage stage, Lab lab, double width, double height) {
        return show(stage, (Parent) lab.view(), width, height);
    }

    /** The whole window's content as a test built it: its language, appearance and view. */
    public record Window(I18n i18n, Appearance appearance, MainView view, Scene scene) {}

    /** Lets a few pulses pass: a scroll pane fitting its content's width takes more than one layout. */
    public static void settle() {
        for (int i = 0; i < 4; i++) {
            WaitForAsyncUtils.sleep(60, TimeUnit.MILLISECONDS);
            WaitForAsyncUtils.waitForFxEvents();
        }
    }

    /**
     * Waits until the layout of {@code scene} stops changing: every visible node's place and size
     * the same for {@value #STEADY_PULSES} pulses in a row after the last change. Faster than
     * {@link #settle()}, which always sleeps, where what a test reads is the layout.
     */
    public static void settle(Scene scene) {
        steady(scene, STEADY_PULSES, () -> layoutOf(scene.getRoot()));
    }

    private static final int STEADY_PULSES = 3;

    /**
     * Waits until {@code reading}, taken on the FX thread after each layout pass of {@code scene},
     * has given equal values for {@code pulses} pulses in a row, and returns that value; fails the
     * test after 20 s. The first reading is taken in the first pulse after this call.
     */
    public static <T> T steady(Scene scene, int pulses, Supplier<T> reading) {
        CompletableFuture<T> done = new CompletableFuture<>();
        Runnable listener = new Runnable() {
            private T last;
            private int same = -1;

            @Override
            public void run() {
                if (done.isDone()) {
                    return;
                }
                try {
                    T now = reading.get();
                    same = same >= 0 && Objects.equals(now, last) ? same + 1 : 0;
                    last = now;
                    if (same >= pulses) {
                        done.complete(now);
                        Platform.runLater(() -> scene.removePostLayoutPulseListener(this));
                        return;
                    }
                } catch (RuntimeException | Error e) {
                    done.completeExceptionally(e);
                    Platform.runLater(() -> scene.removePostLayoutPulseListener(this));
                    return;
                }
                Platform.requestNextPulse();
            }
        };
        Platform.runLater(() -> {
            scene.addPostLayoutPulseListener(listener);
            Platform.requestNextPulse();
        });
        try {
            return done.get(20, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            done.cancel(false);
            throw new AssertionError("the reading did not hold still for " + pulses + " pulses within 20 s", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A digest of where every visible node under {@code root} lies and how large it is. FX thread. */
    private static long layoutOf(Node root) {
        long digest = 17;
        if (!root.isVisible()) {
            return digest;
        }
        digest = 31 * digest + Double.hashCode(root.getLayoutX());
        digest = 31 * digest + Double.hashCode(root.getLayoutY());
        digest = 31 * digest + root.getLayoutBounds().hashCode();
        if (root instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                digest = 31 * digest + layoutOf(child);
            }
        }
        return digest;
    }

    /** Every lab, and every page of a lab with pages, as "lab" or "lab/page". */
    public static List<String> places() {
        List<String> places = new ArrayList<>();
        for (Labs.Entry lab : Labs.ALL) {
            if (lab.pages().isEmpty()) {
                places.add(lab.id());
            } else {
                lab.pageIds().forEach(page -> places.add(lab.id() + "/" + page));
            }
        }
        return places;
    }

    /** Shows {@code place} ("lab" or "lab/page", as {@link #places} names it) in {@code view}, on the FX thread. */
    public static void show(MainView view, String place) {
        OnFx.call(() -> {
            String[] parts = place.split("/");
            view.select(parts[0]);
            if (parts.length > 1) {
                view.currentLab().showPage(parts[1]);
            }
            return null;
        });
    }

    /**
     * The app's main view with every standard lab, light theme, text at {@code scale} %, shown
     * on {@code stage} at {@code width} × {@code height}.
     */
    public static Window mainView(Stage stage, Language language, int scale, double width, double height) {
        I18n i18n = new I18n(language);
        Appearance appearance = new Appearance(Theme.LIGHT, scale);
        MainView view = new MainView(i18n, appearance, Labs.standard(i18n), MenuActions.NONE);
        Scene scene = show(stage, view, width, height);
        view.styleProperty().unbind();  // show styled it at the kit's text size: this window's sizes rule
        appearance.style(scene);
        return new Window(i18n, appearance, view, scene);
    }

    /** Shows any {@code root} (a widget, a whole window's content) styled as the app styles its scenes. */
    public static Scene show(Stage stage, Parent root, double width, double height) {
        Fonts.load();
        Scene scene = new Scene(root, width, height);
        new Appearance(FIRST_START.theme(), FIRST_START.fontScale()).style(scene);
        stage.setScene(scene);
        // The primary stage is shared by every TestFX class: earlier tests may have sized or moved it.
        stage.setFullScreen(false);
        stage.setX(0);
        stage.setY(0);
        stage.setWidth(width);
        stage.setHeight(height);
        stage.show();
        return scene;
    }

    /** Turns presentation mode on or off, as F11 does, and lets the layout settle. */
    public static void presentation(Appearance appearance, boolean on) {
        OnFx.call(() -> {
            appearance.setPresentation(on);
            return null;
        });
        settle();
    }

    /** The plots under {@code root} that are on show (none of them or their parents hidden). FX thread. */
    public static List<PlotCanvas> plotsShowing(Node root) {
        List<PlotCanvas> plots = new ArrayList<>();
        if (root.isVisible()) {
            if (root instanceof PlotCanvas plot) {
                plots.add(plot);
            } else if (root instanceof Parent parent) {
                parent.getChildrenUnmodifiable().forEach(child -> plots.addAll(plotsShowing(child)));
            }
        }
        return plots;
    }

    /** The shipped main window with every lab, in English, its file choosers answering "cancelled". */
    public static ShellWindow showShell(Stage stage) {
        MemoryPreferences prefs = new MemoryPreferences();
        prefs.put("language", "en");
        PathChooser chooseNothing = (owner, initial, name) -> Optional.empty();
        ShellWindow window = new ShellWindow(stage, new ShellPreferences(prefs), i18n -> chooseNothing, Labs::standard);
        stage.show();
        return window;
    }

    /**
     * Waits until {@code condition}, read on the FX thread (so it may read nodes and properties),
     * holds; fails the test after {@code seconds}. Then lets the FX events queued so far run.
     */
    public static void waitUntil(int seconds, BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, () -> OnFx.call(condition::getAsBoolean));
        } catch (TimeoutException e) {
            throw new AssertionError("the condition did not hold within " + seconds + " s", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** How many pixels of two same-sized images differ; {@link Integer#MAX_VALUE} when their sizes differ. */
    public static int differingPixels(Image a, Image b) {
        if (a.getWidth() != b.getWidth() || a.getHeight() != b.getHeight()) {
            return Integer.MAX_VALUE;
        }
        PixelReader ra = a.getPixelReader();
        PixelReader rb = b.getPixelReader();
        int differ = 0;
        for (int y = 0; y < (int) a.getHeight(); y++) {
            for (int x = 0; x < (int) a.getWidth(); x++) {
                if (ra.getArgb(x, y) != rb.getArgb(x, y)) {
                    differ++;
                }
            }
        }
        return differ;
    }

    /** The same picture: the same size, and every pixel equal. */
    public static void assertSamePixels(String what, Image a, Image b) {
        assertEquals(a.getWidth(), b.getWidth(), what + " width");
        assertEquals(a.getHeight(), b.getHeight(), what + " height");
        assertEquals(0, differingPixels(a, b), what + ": pixels that differ");
    }
}
