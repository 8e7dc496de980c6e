package org.gradientlab.ui.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;

import javafx.scene.Parent;
import javafx.scene.layout.StackPane;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;

import org.gradientlab.ui.OnFx;
import org.gradientlab.ui.i18n.I18n;
import org.gradientlab.ui.i18n.Language;

/** The app's window names its labs without constructing them; the first real use builds each once. */
@ExtendWith(ApplicationExtension.class)
class DeferredLabTest {
    private static final LabSpec SPEC = new LabSpec("probe", "lab.optimizer.title", "/css/optimizer-lab.css");

    @Test
    void idTitleAndPagesComeFromTheRegistryWithoutBuildingTheLab() {
        List<String> built = new ArrayList<>();
        DeferredLab lab = new DeferredLab(SPEC, List.of("a", "b"), () -> {
            built.add("probe");
            return new Probe();
        });
        assertEquals("probe", lab.id());
        assertEquals("lab.optimizer.title", lab.titleKey());
        assertEquals(List.of("a", "b"), lab.pageIds());
        lab.attach(id -> {});
        assertEquals(List.of(), built);
        assertFalse(lab.built());
    }

    @Test
    void theFirstUseBuildsTheLabOnceAndHandsItTheHostGivenBefore() {
        List<String> built = new ArrayList<>();
        List<String> shown = new ArrayList<>();
        Probe probe = new Probe();
        DeferredLab lab = new DeferredLab(SPEC, List.of(), () -> {
            built.add("probe");
            return probe;
        });
        lab.attach(shown::add);
        Parent view = OnFx.call(() -> (Parent) lab.view());
        lab.playPause();
        lab.playPause();
        assertSame(view, OnFx.call(lab::view));
        assertEquals(List.of("probe"), built);
        assertEquals(2, probe.plays);
        probe.host.show("init");
        assertEquals(List.of("init"), shown);
    }

    @Test
    void theWindowsDeferredLabsAreTheRegistrysInTabOrderAndNoneIsBuiltByNamingThem() {
        List<Lab> labs = OnFx.call(() -> Labs.deferred(new I18n(Language.ENGLISH)));
        assertEquals(Labs.IDS, labs.stream().map(Lab::id).toList());
        assertEquals(Labs.PAGES.get("concepts"), labs.get(3).pageIds());
        assertTrue(labs.stream().allMatch(l -> l instanceof DeferredLab d && !d.built()));
        // Using one builds that one only: the optimizer lab's setup is its model's.
        assertTrue(OnFx.call(() -> labs.get(0).setupModel(null)).isPresent());
        assertEquals(List.of(true, false, false, false), labs.stream().map(l -> ((DeferredLab) l).built()).toList());
    }

    @Test
    void aStandInShowsUntilTheFirstFrameIsLaidOutThenTheLabTakesItsPlace() {
        List<String> built = new ArrayList<>();
        Probe probe = new Probe();
        javafx.scene.control.Label standIn = new javafx.scene.control.Label("Optimizer lab");
        DeferredLab lab = new DeferredLab(SPEC, List.of(), () -> {
            built.add("probe");
            return probe;
        }, () -> standIn);
        Parent view = OnFx.call(() -> (Parent) lab.view());
        assertEquals(List.of(standIn), view.getChildrenUnmodifiable());
        assertEquals(List.of(), built, "handing out the view builds nothing");
        javafx.stage.Stage stage = OnFx.call(() -> {
            javafx.stage.Stage s = new javafx.stage.Stage();
            s.setScene(new javafx.scene.Scene(new StackPane(view), 200, 100));
            s.show();
            return s;
        });
        org.gradientlab.ui.UiTestKit.waitUntil(10, lab::built);
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(probe.view()), OnFx.call(view::getChildrenUnmodifiable));
        assertSame(view, OnFx.call(lab::view), "the window keeps the node it was given");
        assertEquals(List.of("probe"), built);
        OnFx.call(() -> {
            stage.close();
            return null;
        });
    }

    @Test
    void aUseBeforeTheFirstFrameBuildsTheLabAtOnceInPlaceOfItsStandIn() {
        Probe probe = new Probe();
        DeferredLab lab = new DeferredLab(SPEC, List.of(), () -> probe, () -> new javafx.scene.control.Label("…"));
        Parent view = OnFx.call(() -> (Parent) lab.view());
        OnFx.call(() -> {
            lab.playPause();
            return null;
        });
        assertEquals(1, probe.plays);
        assertEquals(List.of(probe.view()), OnFx.call(view::getChildrenUnmodifiable));
    }

    @Test
    void everyLabMethodIsForwardedSoNoHookFallsBackToItsDoNothingDefault() throws NoSuchMethodException {
        // A hook added to Lab later (showView and runToEnd were) must be forwarded too, or the
        // window's lab would silently do nothing where the built lab does something.
        for (Method m : Lab.class.getMethods()) {
            if (Modifier.isStatic(m.getModifiers())) {
                continue;
            }
            Method own = DeferredLab.class.getMethod(m.getName(), m.getParameterTypes());
            assertEquals(DeferredLab.class, own.getDeclaringClass(), m.getName() + " is not forwarded");
        }
    }

    private static final class Probe implements Lab {
        private final StackPane view = new StackPane();
        int plays;
        LabHost host;

        @Override
        public String id() {
            return "probe";
        }

        @Override
        public String titleKey() {
            return "lab.optimizer.title";
        }

        @Override
        public Parent view() {
            return view;
        }

        @Override
        public void playPause() {
            plays++;
        }

        @Override
        public void attach(LabHost host) {
            this.host = host;
        }
    }
}
