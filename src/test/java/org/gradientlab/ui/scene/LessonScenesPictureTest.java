package org.gradientlab.ui.scene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import javafx.scene.Scene;
import javafx.scene.image.WritableImage;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

import org.gradientlab.ui.OnFx;
import org.gradientlab.ui.UiTestKit;
import org.gradientlab.ui.export.ImageExport;
import org.gradientlab.ui.i18n.I18n;
import org.gradientlab.ui.i18n.Language;
import org.gradientlab.ui.lab.Labs;
import org.gradientlab.ui.shell.MainView;
import org.gradientlab.ui.shell.MenuActions;
import org.gradientlab.ui.theme.Appearance;
import org.gradientlab.ui.theme.Fonts;
import org.gradientlab.ui.theme.Theme;

/**
 * Issue 16.1, "opening restores the same picture", on states far from the defaults: every scene
 * of every shipped lesson is applied in one window, saved from there to a file's JSON, read back
 * strictly and opened in a fresh window; the two figures are the same, pixel for pixel.
 */
class LessonScenesPictureTest {
    private static final int WIDTH = 1280;
    private static final int HEIGHT = 720;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    private record Window(MainView view, SceneBinding binding) {}

    private static Window window() {
        Fonts.load();
        I18n i18n = new I18n(Language.KOREAN);
        Appearance appearance = new Appearance(Theme.LIGHT, 100);
        MainView view = new MainView(i18n, appearance, Labs.standard(i18n), MenuActions.NONE);
        appearance.style(new Scene(view, WIDTH, HEIGHT));
        return new Window(view, new SceneBinding(view.labs(), view::currentLab, view::select, appearance));
    }

    private static WritableImage figure(Window window) {
        for (int pass = 0; pass < 3; pass++) {
            window.view().applyCss();
            window.view().layout();
        }
        return ImageExport.snapshot(window.view().currentLab().exportNode(), 1);
    }

    /**
     * The figure once the lab's background work has drawn it: the initialization lab probes on the
     * kit's worker, so its histograms arrive a moment after the scene is applied.
     */
    private static WritableImage settled(Window window) throws InterruptedException {
        WritableImage last = OnFx.call(() -> figure(window));
        if (!OnFx.call(() -> window.view().currentLab().id()).equals("init")) {
            return last;
        }
        int same = 0;
        for (int tries = 0; tries < 40 && same < 2; tries++) {
            Thread.sleep(250);
            org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
            WritableImage now = OnFx.call(() -> figure(window));
            same = UiTestKit.differingPixels(last, now) == 0 ? same + 1 : 0;
            last = now;
        }
        return last;
    }

    @Test
    void everyShippedLessonSceneSavedAndOpenedInAFreshWindowLooksTheSame() throws Exception {
        List<String> compared = new ArrayList<>();
        List<WritableImage> initPictures = new ArrayList<>();
        for (String id : SceneController.SHIPPED) {
            byte[] file;
            try (var in = LessonScenesPictureTest.class.getResourceAsStream("/lessons/" + id + "." + SceneFiles.EXTENSION)) {
                file = in.readAllBytes();
            }
            Window first = OnFx.call(LessonScenesPictureTest::window);
            Lesson lesson = LessonFiles.read(file, OnFx.call(() -> first.binding().schema()));
            for (int i = 0; i < lesson.steps().size(); i++) {
                SavedScene scene = lesson.steps().get(i).scene();
                String name = id + " scene " + (i + 1);
                String json = OnFx.call(() -> {
                    first.binding().apply(scene);
                    return SceneFiles.json(first.binding().capture(true));
                });
                WritableImage before = settled(first);
                Window second = OnFx.call(LessonScenesPictureTest::window);
                SavedScene read = SceneReader.read(json.getBytes(StandardCharsets.UTF_8), OnFx.call(() -> second.binding().schema()));
                OnFx.call(() -> {
                    second.binding().apply(read);
                    return null;
                });
                WritableImage after = settled(second);
                assertEquals(OnFx.call(() -> first.view().currentLab().id()), OnFx.call(() -> second.view().currentLab().id()), name);
                UiTestKit.assertSamePixels(name, before, after);
                if (OnFx.call(() -> first.view().currentLab().id()).equals("init")) {
                    initPictures.add(before);
                }
                compared.add(name + " (" + OnFx.call(() -> first.view().currentLab().id()) + ")");
            }
        }
        System.out.println("same pictures: " + compared);
        assertTrue(compared.size() >= 18, "three lessons of six to ten scenes: " + compared);
        // The histograms really arrived: std 1, 0.01, Xavier and He do not all look alike.
        long distinct = initPictures.stream().filter(p -> UiTestKit.differingPixels(p, initPictures.get(0)) > 1000).count();
        assertTrue(distinct >= 3, "init scenes drawn differently from the first: " + distinct);
    }
}
