package org.gradientlab.cli;

import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import org.gradientlab.core.io.AtomicWrite;
import org.gradientlab.core.io.WriteFailure;
import org.gradientlab.ui.export.FigureFormat;
import org.gradientlab.ui.export.OffscreenSnapshot;
import org.gradientlab.ui.i18n.Language;
import org.gradientlab.ui.lab.Labs;
import org.gradientlab.ui.scene.SceneSnapshot;
import org.gradientlab.ui.theme.Theme;

/**
 * `snapshot`: a lab rendered offscreen to PNG, as the main window would show it, or its figure
 * (what File → Export writes) as SVG or PDF.
 */
@Command(name = "snapshot", mixinStandardHelpOptions = true,
        description = {"Render a lab headless (no display needed) and write it as PNG (the window),",
                "or its figure (what File > Export writes) as SVG or PDF."})
public final class SnapshotCommand implements Callable<Integer> {
    @Option(names = "--lab", completionCandidates = LabIds.class,
            description = "${COMPLETION-CANDIDATES}; needed unless --scene names it")
    String lab;

    @Option(names = "--scene", description = "a scene file (.glab) or a figure that carries one: its labs, "
            + "lab on show and look (over --theme and --font-scale)")
    Path scene;

    @Option(names = "--page", completionCandidates = PageIds.class,
            description = "a page of a lab that has pages (${COMPLETION-CANDIDATES}); default its first")
    String page;

    @Option(names = "--view", completionCandidates = ViewIds.class,
            description = "a view inside a lab that has them (${COMPLETION-CANDIDATES}: the training lab's "
                    + "curves, Inside the net, or two finished runs side by side); default as the lab opens")
    String view;

    @Option(names = "--run", description = "first run the lab's (or page's) default work to its end, as its "
            + "Run/Start button does (the training lab's experiment, twice with batch norm switched for "
            + "--view compare; the loss landscape page's study)")
    boolean run;

    @Option(names = "--iterations", description = "with --run: training updates (default: the lab's own)")
    Integer iterations;

    @Option(names = "--out", required = true, description = "file to write")
    Path out;

    @Option(names = "--format", description = "png|svg|pdf (default: the extension of --out, else png)")
    String format;

    @Option(names = "--scale", defaultValue = "2", description = "1 to 4, PNG only (default ${DEFAULT-VALUE})")
    double scale;

    @Option(names = "--lang", defaultValue = "en", description = "en|ko (default ${DEFAULT-VALUE})")
    String lang;

    @Option(names = "--theme", defaultValue = "light", description = "light|dark|high-contrast (default ${DEFAULT-VALUE})")
    String theme;

    @Option(names = "--font-scale", defaultValue = "100", description = "100 to 200 percent (default ${DEFAULT-VALUE})")
    int fontScale;

    @Option(names = "--width", defaultValue = "1280", description = "scene width in pixels (default ${DEFAULT-VALUE})")
    int width;

    @Option(names = "--height", defaultValue = "800", description = "scene height in pixels (default ${DEFAULT-VALUE})")
    int height;

    /** The registry's labs, for the help text (and shell completion). */
    static final class LabIds implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Labs.IDS.iterator();
        }
    }

    /** The pages of the registry's labs that have them, for the help text. */
    static final class PageIds implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Labs.PAGES.values().stream().flatMap(List::stream).iterator();
        }
    }

    /** The views of the registry's labs that have them, for the help text. */
    static final class ViewIds implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Labs.VIEWS.values().stream().flatMap(List::stream).iterator();
        }
    }

    @Override
    public Integer call() throws Exception {
        Language language = Language.fromId(lang)
                .orElseThrow(() -> new IllegalArgumentException("--lang must be en|ko, got '" + lang + "'"));
        Theme look = Theme.fromId(theme).orElseThrow(() -> new IllegalArgumentException(
                "--theme must be light|dark|high-contrast, got '" + theme + "'"));
        FigureFormat type = format == null ? FigureFormat.ofFileName(out.getFileName().toString()).orElse(FigureFormat.PNG)
                : FigureFormat.fromId(format).orElseThrow(() -> new IllegalArgumentException(
                        "--format must be png|svg|pdf, got '" + format + "'"));
        try {
            AtomicWrite.requireWritable(out);
            // Validates everything before the toolkit starts, so bad input costs no rendering.
            if (lab == null && scene == null) {
                throw new IllegalArgumentException("--lab or --scene is needed");
            }
            // With a scene, the lab given first is only where the window starts: the scene selects its own.
            var request = new OffscreenSnapshot.Request(lab == null ? Labs.IDS.get(0) : lab, page, language, look,
                    fontScale, width, height, scale, out, type, view, run, iterations == null ? 0 : iterations);
            if (iterations != null && iterations < 1) {
                throw new IllegalArgumentException("--iterations must be at least 1, got " + iterations);
            }
            OffscreenSnapshot.renderHeadless(request, scene == null ? (view, appearance) -> {}
                    : SceneSnapshot.from(scene, language));
        } catch (WriteFailure e) {
            throw new IllegalArgumentException("--out: " + e.getMessage(), e);
        }
        return 0;
    }
}
