package org.gradientlab.ui.lab;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.gradientlab.ui.concepts.ConceptsLab;
import org.gradientlab.ui.concepts.activations.ActivationsPage;
import org.gradientlab.ui.concepts.babysitting.BabysittingPage;
import org.gradientlab.ui.concepts.conv.ConvPage;
import org.gradientlab.ui.concepts.ensembles.EnsemblesPage;
import org.gradientlab.ui.concepts.landscape.LandscapePage;
import org.gradientlab.ui.concepts.preprocessing.PreprocessingLab;
import org.gradientlab.ui.concepts.schedules.SchedulesPage;
import org.gradientlab.ui.i18n.I18n;
import org.gradientlab.ui.init.InitLab;
import org.gradientlab.ui.optimizer.OptimizerLab;
import org.gradientlab.ui.training.CoreBackend;
import org.gradientlab.ui.training.TrainingLab;

/**
 * The one list of labs and pages. The shell's tabs, `snapshot --lab/--page`, its help text and
 * the tests read it; a new lab or page is one line here (README: "Adding a page"). Labs meet
 * here, never by importing each other: the activations page sends to the initialization lab
 * through the consumer wired below and {@link LabHost#show}.
 */
public final class Labs {
    /** A lab or page as the registry knows it: its declaration, how to build it, its pages. */
    public record Entry(LabSpec spec, Function<Wiring, Lab> factory, List<Entry> pages, List<String> views) {
        public Entry {
            pages = List.copyOf(pages);
            views = List.copyOf(views);
        }

        Entry(LabSpec spec, Function<Wiring, Lab> factory, List<Entry> pages) {
            this(spec, factory, pages, List.of());
        }

        Entry(LabSpec spec, Function<Wiring, Lab> factory) {
            this(spec, factory, List.of());
        }

        public String id() {
            return spec.id();
        }

        public List<String> pageIds() {
            return pages.stream().map(Entry::id).toList();
        }
    }

    /** What the factories of one window share: its language and the labs others send to. */
    public static final class Wiring {
        private final I18n i18n;
        private InitLab init;

        private Wiring(I18n i18n) {
            this.i18n = i18n;
        }

        public I18n i18n() {
            return i18n;
        }

        /** The window's one initialization lab: its own tab, and where the activations page sends. */
        public InitLab init() {
            if (init == null) {
                init = new InitLab(i18n);
            }
            return init;
        }

        List<Lab> build(List<Entry> entries) {
            return entries.stream().map(e -> e.factory().apply(this)).toList();
        }
    }

    /** The concepts lab's pages, in the order of the lectures. */
    private static final List<Entry> CONCEPT_PAGES = List.of(
            new Entry(ActivationsPage.SPEC, w -> new ActivationsPage(w.i18n(), w.init()::useActivation)),
            new Entry(PreprocessingLab.SPEC, w -> new PreprocessingLab(w.i18n())),
            new Entry(BabysittingPage.SPEC, w -> new BabysittingPage(w.i18n())),
            new Entry(SchedulesPage.SPEC, w -> new SchedulesPage(w.i18n())),
            new Entry(EnsemblesPage.SPEC, w -> new EnsemblesPage(w.i18n())),
            new Entry(ConvPage.SPEC, w -> new ConvPage(w.i18n())),
            new Entry(LandscapePage.SPEC, w -> new LandscapePage(w.i18n())));

    /** The labs of the main window, in tab order. */
    public static final List<Entry> ALL = List.of(
            new Entry(OptimizerLab.SPEC, w -> new OptimizerLab(w.i18n())),
            new Entry(InitLab.SPEC, Wiring::init),
            new Entry(TrainingLab.SPEC, w -> new TrainingLab(w.i18n(), new CoreBackend(), CoreBackend::preset),
                    List.of(), TrainingLab.VIEWS),
            new Entry(ConceptsLab.SPEC, w -> new ConceptsLab(w.i18n(), w.build(CONCEPT_PAGES)), CONCEPT_PAGES));

    /** The labs' ids in tab order, for `snapshot --lab`. */
    public static final List<String> IDS = ALL.stream().map(Entry::id).toList();

    /** The sub-pages of the labs that have them, for `snapshot --page`. */
    public static final Map<String, List<String>> PAGES = pages();

    /** The views (tabs inside a lab) of the labs that have them, for `snapshot --view`. */
    public static final Map<String, List<String>> VIEWS = views();

    private Labs() {}

    /** Every lab of the main window, built for one window in {@code i18n}'s language. */
    public static List<Lab> standard(I18n i18n) {
        return new Wiring(i18n).build(ALL);
    }

    /**
     * The same labs for the app's window, each constructed when first used (its tab opened, a
     * scene saved or opened): the window shows without building labs nobody has opened yet. A
     * tab shows its lab's title for one frame and the lab is built just after that frame is
     * painted, so the window's first frame does not wait for the first lab.
     */
    public static List<Lab> deferred(I18n i18n) {
        Wiring wiring = new Wiring(i18n);
        return ALL.stream().<Lab>map(e -> new DeferredLab(e.spec(), e.pageIds(), () -> e.factory().apply(wiring),
                () -> placeholder(i18n, e.spec().titleKey()))).toList();
    }

    /** The stand-in of a lab not built yet: its title, centred, muted. */
    static javafx.scene.Node placeholder(I18n i18n, String titleKey) {
        javafx.scene.control.Label title = new javafx.scene.control.Label();
        title.textProperty().bind(i18n.label(titleKey));
        title.getStyleClass().addAll(PLACEHOLDER_STYLE_CLASS, "muted");
        title.setScaleX(1.5);
        title.setScaleY(1.5);
        return title;
    }

    /** The style class of a lab's stand-in; FirstFrameProbe waits for the last one to go. */
    public static final String PLACEHOLDER_STYLE_CLASS = "lab-placeholder";

    private static Map<String, List<String>> views() {
        Map<String, List<String>> views = new LinkedHashMap<>();
        ALL.stream().filter(e -> !e.views().isEmpty()).forEach(e -> views.put(e.id(), e.views()));
        return Map.copyOf(views);
    }

    private static Map<String, List<String>> pages() {
        Map<String, List<String>> pages = new LinkedHashMap<>();
        ALL.stream().filter(e -> !e.pages().isEmpty()).forEach(e -> pages.put(e.id(), e.pageIds()));
        return Map.copyOf(pages);
    }
}
