package org.gradientlab.ui.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.function.BiConsumer;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;

import org.gradientlab.ui.i18n.I18n;
import org.gradientlab.ui.i18n.Language;
import org.gradientlab.ui.lab.Labs;
import org.gradientlab.ui.shell.MainView;
import org.gradientlab.ui.shell.MenuActions;
import org.gradientlab.ui.theme.Appearance;
import org.gradientlab.ui.theme.Fonts;
import org.gradientlab.ui.theme.Theme;

/**
 * The main window's content rendered with no display (Monocle, software pipeline) and written
 * as PNG, or the current lab's figure (what File → Export writes) as SVG or PDF: what `snapshot`
 * on the command line does, for figures made by scripts.
 */
public final class OffscreenSnapshot {
    public static final int MIN_SIDE = 320;
    public static final int MAX_SIDE = 7680;

    /** Longest `--iterations` a snapshot run takes. */
    public static final int MAX_RUN_ITERATIONS = 100_000;

    /**
     * One rendering: which lab (and which of its pages, or null for its first), how it looks,
     * the scene size in pixels, the output scale (PNG) and the file format; which of the lab's
     * views (null: as it opens); and whether the lab first runs its default work to its end
     * ({@code iterations} long when positive, else its own length).
     */
    public record Request(String lab, String page, Language language, Theme theme, int fontScale,
                          int width, int height, double scale, Path out, FigureFormat format,
                          String view, boolean run, int iterations) {
        public Request {
            if (!Labs.IDS.contains(lab)) {
                throw new IllegalArgumentException("--lab must be one of " + String.join("|", Labs.IDS) + ", got '" + lab + "'");
            }
            List<String> pages = Labs.PAGES.getOrDefault(lab, List.of());
            if (page != null && !pages.contains(page)) {
                throw new IllegalArgumentException(pages.isEmpty() ? "--page: lab '" + lab + "' has no pages"
                        : "--page must be one of " + String.join("|", pages) + ", got '" + page + "'");
            }
            Objects.requireNonNull(language, "language");
            Objects.requireNonNull(theme, "theme");
            if (fontScale < Appearance.MIN_FONT_SCALE || fontScale > Appearance.MAX_FONT_SCALE) {
                throw new IllegalArgumentException("--font-scale must be in " + Appearance.MIN_FONT_SCALE + ".."
                        + Appearance.MAX_FONT_SCALE + ", got " + fontScale);
            }
            requireSide("--width", width);
            requireSide("--height", height);
            if (!(scale >= ImageExport.MIN_SCALE && scale <= ImageExport.MAX_SCALE)) {
                throw new IllegalArgumentException("--scale must be in " + ImageExport.MIN_SCALE + ".."
                        + ImageExport.MAX_SCALE + ", got " + scale);
            }
            Objects.requireNonNull(out, "out");
            Objects.requireNonNull(format, "format");
            List<String> views = Labs.VIEWS.getOrDefault(lab, List.of());
            if (view != null && !views.contains(view)) {
                throw new IllegalArgumentException(views.isEmpty() ? "--view: lab '" + lab + "' has no views"
                        : "--view must be one of " + String.join("|", views) + ", got '" + view + "'");
            }
            if (iterations < 0 || iterations > MAX_RUN_ITERATIONS) {
                throw new IllegalArgumentException("--iterations must be in 1.." + MAX_RUN_ITERATIONS + ", got "
                        + iterations);
            }
            if (iterations > 0 && !run) {
                throw new IllegalArgumentException("--iterations needs --run");
            }
        }

        /** As the lab opens, nothing run. */
        public Request(String lab, String page, Language language, Theme theme, int fontScale,
                       int width, int height, double scale, Path out, FigureFormat format) {
            this(lab, page, language, theme, fontScale, width, height, scale, out, format, null, false, 0);
        }

        /** A PNG of the window. */
        public Request(String lab, String page, Language language, Theme theme, int fontScale,
                       int width, int height, double scale, Path out) {
            this(lab, page, language, theme, fontScale, width, height, scale, out, FigureFormat.PNG);
        }

        /** The lab's first page. */
        public Request(String lab, Language language, Theme theme, int fontScale,
                       int width, int height, double scale, Path out) {
            this(lab, null, language, theme, fontScale, width, height, scale, out, FigureFormat.PNG);
        }

        private static void requireSide(String name, int pixels) {
            if (pixels < MIN_SIDE || pixels > MAX_SIDE) {
                throw new IllegalArgumentException(name + " must be in " + MIN_SIDE + ".." + MAX_SIDE + ", got " + pixels);
            }
        }
    }

    private OffscreenSnapshot() {}

    /** Starts JavaFX headless if it is not running yet, renders {@code request} and writes the file. */
    public static void renderHeadless(Request request) throws IOException {
        renderHeadless(request, (view, look) -> {});
    }

    /**
     * As {@link #renderHeadless(Request)}, {@code prepare} changing the window first (a scene file:
     * ui/scene). With {@link Request#run()}, the lab runs its default work to its end off the FX
     * thread (its own job) before the picture is taken; this thread waits for it.
     */
    public static void renderHeadless(Request request, BiConsumer<MainView, Appearance> prepare) throws IOException {
        startHeadlessToolkit();
        MainView view = onFx(() -> show(request, prepare));
        if (request.run()) {
            CompletableFuture<Void> ended = onFx(() -> view.currentLab().runToEnd(request.iterations())
                    .orElseThrow(() -> new IllegalArgumentException("--run: lab '" + view.currentLab().id()
                            + "' has nothing to run" + (view.currentLab().currentPage().isPresent()
                            ? " on page '" + view.currentLab().currentPage().get() + "'" : "")))
                    .toCompletableFuture());
            await(ended);
        }
        // Writing needs no FX thread.
        FigureExport.write(onFx(() -> encode(view, request)), request.out());
    }

    /** {@code work}'s value, computed on the FX thread; its RuntimeException rethrown here. */
    private static <T> T onFx(java.util.function.Supplier<T> work) throws IOException {
        CompletableFuture<T> value = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                value.complete(work.get());
            } catch (RuntimeException e) {
                value.completeExceptionally(e);
            }
        });
        return await(value);
    }

    private static <T> T await(CompletableFuture<T> value) throws IOException {
        try {
            return value.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while rendering", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
    }

    /** The requested file's bytes: the window as PNG, or the lab's figure as SVG or PDF. FX thread only. */
    public static byte[] encode(Request request) {
        return encode(show(request, (view, look) -> {}), request);
    }

    /** {@code view} laid out again (a run may have changed it) and encoded as {@code request} asks. */
    private static byte[] encode(MainView view, Request request) {
        view.currentLab().exportNode();
        view.applyCss();
        view.layout();
        if (request.format() == FigureFormat.PNG) {
            return ImageExport.png(ImageExport.snapshot(view, request.scale()), null);
        }
        I18n i18n = new I18n(request.language());
        return FigureExport.encode(view.currentLab().exportNode(), request.format(), 1,
                i18n.text(view.currentLab().titleKey()), null);
    }

    /** The lab's figure (its export node) laid out in the window's content, as File → Export takes it. FX thread only. */
    public static Node figure(Request request) {
        return show(request, (view, look) -> {}).currentLab().exportNode();
    }

    /**
     * The main window's content, laid out in a scene of the requested size with the lab on show,
     * {@code prepare} changing it first (a scene file: ui/scene).
     */
    private static MainView show(Request request, BiConsumer<MainView, Appearance> prepare) {
        Fonts.load();
        I18n i18n = new I18n(request.language());
        Appearance appearance = new Appearance(request.theme(), request.fontScale());
        MainView view = new MainView(i18n, appearance, Labs.standard(i18n), MenuActions.NONE);
        view.select(request.lab());
        if (request.page() != null) {
            view.currentLab().showPage(request.page());
        }
        prepare.accept(view, appearance);
        if (request.view() != null) {
            view.currentLab().showView(request.view());
        }
        Scene scene = new Scene(view, request.width(), request.height());
        appearance.style(scene);
        // A lab may draw at the export density when asked for its export node (canvases).
        view.currentLab().exportNode();
        view.layoutWithLabelsWhole();
        return view;
    }

    // Glass, Prism and AWT read these once, when they start: they must be set before.
    private static synchronized void startHeadlessToolkit() {
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        System.setProperty("java.awt.headless", "true");
        CountDownLatch started = new CountDownLatch(1);
        try {
            Platform.startup(started::countDown);
        } catch (IllegalStateException alreadyRunning) {
            started.countDown();
        }
        Platform.setImplicitExit(false);
        try {
            started.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UncheckedIOException(new IOException("interrupted while starting JavaFX", e));
        }
    }
}
