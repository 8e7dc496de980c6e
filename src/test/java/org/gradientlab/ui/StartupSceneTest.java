package org.gradientlab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javafx.scene.control.DialogPane;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

import org.gradientlab.core.nn.Activation;
import org.gradientlab.ui.export.PathChooser;
import org.gradientlab.ui.init.InitLab;
import org.gradientlab.ui.init.InitLabModel;
import org.gradientlab.ui.lab.Lab;
import org.gradientlab.ui.lab.Labs;
import org.gradientlab.ui.optimizer.OptimizerLab;
import org.gradientlab.ui.prefs.MemoryPreferences;
import org.gradientlab.ui.prefs.ShellPreferences;
import org.gradientlab.ui.shell.ShellWindow;

/**
 * The app started with a scene file (the file association's lone argument) shows its window and
 * then the scene: the lab it names, with the saved setup. A missing or broken file says so in a
 * dialog over a window that works. macOS's open-file events take the same way.
 */
@ExtendWith(ApplicationExtension.class)
class StartupSceneTest {
    @TempDir
    Path dir;
    private final List<Stage> opened = new ArrayList<>();

    @AfterEach
    void closeWindows() {
        OnFx.call(() -> {
            opened.forEach(Stage::close);
            return null;
        });
    }

    private static ShellPreferences english() {
        MemoryPreferences prefs = new MemoryPreferences();
        prefs.put("language", "en");
        return new ShellPreferences(prefs);
    }

    /** A window as the app starts it, with {@code args}. */
    private ShellWindow start(List<String> args) {
        return OnFx.call(() -> {
            Stage stage = new Stage();
            opened.add(stage);
            return GradientLabApp.open(stage, english(), args);
        });
    }

    private static Lab lab(ShellWindow window, String id) {
        return window.view().labs().stream().filter(l -> l.id().equals(id)).findFirst().orElseThrow();
    }

    /** Whether the window shows a lab built, no stand-in left. */
    private static boolean labOnShow(ShellWindow window) {
        return OnFx.call(() -> window.stage().isShowing()
                && window.stage().getScene().getRoot().lookup("." + Labs.PLACEHOLDER_STYLE_CLASS) == null);
    }

    /** Saves, from a window of its own, the init lab on show with 7 ReLU layers of 200 nodes. */
    private Path savedScene() {
        Path file = dir.resolve("relu deep.glab");
        OnFx.call(() -> {
            Stage stage = new Stage();
            opened.add(stage);
            PathChooser none = (owner, initial, name) -> Optional.empty();
            ShellWindow source = new ShellWindow(stage, english(), i18n -> none,
                    i18n -> List.of(new OptimizerLab(i18n), new InitLab(i18n)));
            InitLabModel init = (InitLabModel) lab(source, "init").setupModel(null).orElseThrow();
            init.setActivation(Activation.RELU);
            init.setLayers(7);
            init.setNodes(200);
            source.view().select("init");
            assertTrue(source.scenes().save(file));
            return null;
        });
        return file;
    }

    @Test
    void aSceneFileArgumentOpensTheLabItNamesWithTheSavedSetup() throws IOException {
        Path file = savedScene();
        assertTrue(Files.readString(file).contains("\"layers\" : 7"));

        ShellWindow window = start(List.of(file.toString()));
        UiTestKit.waitUntil(20, () -> OnFx.call(() -> window.currentLab().id()).equals("init") && labOnShow(window));
        var settings = OnFx.call(() -> ((InitLabModel) lab(window, "init").setupModel(null).orElseThrow())
                .settingsProperty().get());
        assertEquals(Activation.RELU, settings.activation());
        assertEquals(7, settings.layers());
        assertEquals(200, settings.nodes());
        assertEquals(List.of(file.toAbsolutePath()), OnFx.call(() -> window.scenes().recentFiles()));
    }

    @Test
    void withoutArgumentsTheFirstLabFillsInAfterTheWindowShows() {
        ShellWindow window = start(List.of());
        UiTestKit.waitUntil(20, () -> labOnShow(window));
        assertEquals("optimizer", OnFx.call(() -> window.currentLab().id()));
        assertTrue(OnFx.call(() -> window.stage().getScene().getRoot().lookup("#tab-optimizer") != null));
    }

    @Test
    void aMissingSceneFileSaysSoAndTheWindowStillWorks(FxRobot robot) {
        Path missing = dir.resolve("gone.glab");
        ShellWindow window = start(List.of(missing.toString()));
        UiTestKit.waitUntil(20, () -> robot.lookup("#scene-error").tryQuery().isPresent());
        DialogPane error = robot.lookup("#scene-error").queryAs(DialogPane.class);
        assertTrue(error.getContentText().contains("gone.glab"), error.getContentText());
        robot.clickOn("OK");
        UiTestKit.waitUntil(20, () -> labOnShow(window));
        assertEquals("optimizer", OnFx.call(() -> window.currentLab().id()));
        assertTrue(OnFx.call(() -> window.scenes().recentFiles()).isEmpty());
    }

    @Test
    void aBrokenSceneFileSaysSoAndTheLabsKeepTheirDefaults(FxRobot robot) throws IOException {
        Path broken = Files.writeString(dir.resolve("cut.glab"), "{ \"format\" : \"gradient-lab-scene\", \"vers");
        ShellWindow window = start(List.of(broken.toString()));
        UiTestKit.waitUntil(20, () -> robot.lookup("#scene-error").tryQuery().isPresent());
        DialogPane error = robot.lookup("#scene-error").queryAs(DialogPane.class);
        assertTrue(error.getContentText().startsWith("cut.glab"), error.getContentText());
        robot.clickOn("OK");
        UiTestKit.waitUntil(20, () -> labOnShow(window));
        assertEquals(org.gradientlab.ui.init.InitSettings.DEFAULT, OnFx.call(() -> ((InitLabModel) lab(window, "init")
                .setupModel(null).orElseThrow()).settingsProperty().get()), "the init lab's defaults");
    }

    @Test
    void anOpenFileEventOpensItsSceneFilesOnTheFxThreadAndIgnoresOthers() throws InterruptedException {
        List<String> seen = new ArrayList<>();
        // From a thread that is not the FX thread, as AWT's event thread is.
        Thread awtLike = new Thread(() -> SceneArguments.route(
                List.of(Path.of("/x/a.glab"), Path.of("/x/notes.txt"), Path.of("/x/B.GLAB")),
                f -> seen.add(javafx.application.Platform.isFxApplicationThread() + " " + f.getFileName())));
        awtLike.start();
        awtLike.join();
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("true a.glab", "true B.GLAB"), seen);
        assertTrue(MacOpenFiles.isMac("Mac OS X"));
        assertTrue(!MacOpenFiles.isMac("Linux") && !MacOpenFiles.isMac("Windows 11"));
    }

    @Test
    void anOpenFileEventOpensTheSceneInTheRunningWindow() {
        Path file = savedScene();
        ShellWindow window = start(List.of());
        UiTestKit.waitUntil(20, () -> labOnShow(window));
        SceneArguments.route(List.of(file), f -> SceneArguments.open(window, f));
        UiTestKit.waitUntil(20, () -> OnFx.call(() -> window.currentLab().id()).equals("init"));
        assertEquals(7, OnFx.call(() -> ((InitLabModel) lab(window, "init").setupModel(null).orElseThrow())
                .settingsProperty().get().layers()));
        assertNull(OnFx.call(() -> window.stage().getScene().getRoot().lookup("." + Labs.PLACEHOLDER_STYLE_CLASS)));
    }
}
