package org.gradientlab.ui.scene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import javafx.scene.control.DialogPane;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import org.gradientlab.core.nn.Activation;
import org.gradientlab.core.optim.OptimizerKind;
import org.gradientlab.core.scene.PngText;
import org.gradientlab.core.surface.Vec2;
import org.gradientlab.ui.OnFx;
import org.gradientlab.ui.UiTestKit;
import org.gradientlab.ui.export.FigureFormat;
import org.gradientlab.ui.export.ImageExport;
import org.gradientlab.ui.export.PathChooser;
import org.gradientlab.ui.i18n.Language;
import org.gradientlab.ui.init.InitChoice;
import org.gradientlab.ui.init.InitLab;
import org.gradientlab.ui.init.InitLabModel;
import org.gradientlab.ui.lab.Lab;
import org.gradientlab.ui.optimizer.OptimizerLab;
import org.gradientlab.ui.optimizer.OptimizerLabModel;
import org.gradientlab.ui.prefs.MemoryPreferences;
import org.gradientlab.ui.prefs.ShellPreferences;
import org.gradientlab.ui.shell.ShellWindow;
import org.gradientlab.ui.theme.Theme;

/**
 * A scene saved in one window and opened in a fresh one shows the same labs: the same setups and,
 * pixel for pixel, the same figures. A bad file opened there changes nothing and says why.
 */
@ExtendWith(ApplicationExtension.class)
class SceneRoundTripUiTest {
    @TempDir
    Path dir;
    private ShellWindow first;

    @Start
    void start(Stage stage) {
        // A stage of its own, not the suite's shared one: earlier test classes leave that one
        // with their sizes and scenes, and the picture saved from it then differed (5,510 pixels
        // of the init figure) only when the whole suite ran.
        first = window(new Stage());
        first.stage().show();
    }

    @AfterEach
    void closeTheWindow() {
        OnFx.call(() -> {
            first.stage().close();
            return null;
        });
    }

    private static ShellWindow window(Stage stage) {
        MemoryPreferences prefs = new MemoryPreferences();
        prefs.put("language", "en");
        PathChooser chooseNothing = (owner, initial, name) -> Optional.empty();
        return new ShellWindow(stage, new ShellPreferences(prefs), i18n -> chooseNothing,
                i18n -> List.of(new OptimizerLab(i18n), new InitLab(i18n)));
    }

    /** Far from the defaults in every field the two labs save. */
    private static void changeEverything(ShellWindow window) {
        OptimizerLabModel optimizer = (OptimizerLabModel) model(window, "optimizer");
        optimizer.setSurface("x^2/10 + sin(y)*2");
        optimizer.setStart(new Vec2(-4, 1.5));
        optimizer.setSteps(80);
        optimizer.update(OptimizerKind.ADAM, s -> s.withLearningRate(0.2).withBetas(0.8, 0.99));
        optimizer.update(OptimizerKind.MOMENTUM, s -> s.withMomentum(0.5));
        optimizer.run(OptimizerKind.NESTEROV).enabledProperty().set(false);
        optimizer.run(OptimizerKind.RMSPROP).enabledProperty().set(false);
        optimizer.layoutProperty().set(OptimizerLabModel.Layout.SMALL_MULTIPLES);
        optimizer.selectedProperty().set(OptimizerKind.ADAM);
        optimizer.seek(37);
        InitLabModel init = (InitLabModel) model(window, "init");
        init.setActivation(Activation.RELU);
        init.setInit(InitChoice.HE);
        init.setLayers(7);
        init.setNodes(200);
        init.setBatchNorm(true);
        init.setSeed(7);
        init.showGradientsProperty().set(true);
        init.sharedScaleProperty().set(false);
    }

    private static Object model(ShellWindow window, String lab) {
        return lab(window, lab).setupModel(null).orElseThrow();
    }

    private static Lab lab(ShellWindow window, String id) {
        return window.view().labs().stream().filter(l -> l.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void aSavedSceneOpensInAFreshWindowAsTheSamePicture(FxRobot robot) throws IOException {
        Path file = dir.resolve("lesson.glab");
        robot.interact(() -> {
            changeEverything(first);
            first.view().select("init");
        });
        assertTrue(OnFx.call(() -> first.scenes().save(file)));
        String json = Files.readString(file);
        assertTrue(json.contains("\"surface\" : \"x^2/10 + sin(y)*2\""), json);
        assertTrue(json.contains("\"activation\" : \"relu\""), json);

        ShellWindow second = OnFx.call(() -> {
            ShellWindow w = window(new Stage());
            w.stage().show();
            // The same picture at the same window size: the first window is the suite's shared
            // stage, which earlier test classes may have left at another size.
            w.stage().setWidth(first.stage().getWidth());
            w.stage().setHeight(first.stage().getHeight());
            return w;
        });
        SavedScene before = OnFx.call(() -> second.scenes().binding().capture(false));
        assertNotEquals(OnFx.call(() -> first.scenes().binding().capture(false)), before, "a fresh window is at the defaults");
        assertTrue(OnFx.call(() -> second.scenes().open(file)));
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(OnFx.call(() -> first.scenes().binding().capture(false)),
                OnFx.call(() -> second.scenes().binding().capture(false)));
        assertEquals("init", OnFx.call(() -> second.currentLab().id()), "the lab on show comes along");
        assertEquals(List.of(file.toAbsolutePath()), OnFx.call(() -> second.scenes().recentFiles()));
        for (String id : List.of("optimizer", "init")) {
            robot.interact(() -> {
                first.view().select(id);
                second.view().select(id);
            });
            WaitForAsyncUtils.waitForFxEvents();
            // A figure inside a scroll pane settles over more than one layout pass (the viewport is
            // measured, then the content sized): wait until both windows have settled on a size.
            try {
                UiTestKit.waitUntil(10, () -> settledSize(first, id).equals(settledSize(second, id)));
            } catch (AssertionError stillDifferent) {
                // assertSamePixels names the sizes
            }
            // The initialization lab's histograms are recomputed off the FX thread after the scene
            // opens; on a loaded machine the first snapshot can come before they arrive.
            try {
                UiTestKit.waitUntil(10, () -> UiTestKit.differingPixels(figure(first, id), figure(second, id)) == 0);
            } catch (AssertionError stillDifferent) {
                // assertSamePixels says by how much
            }
            UiTestKit.assertSamePixels(id, figure(first, id), figure(second, id));
        }
        OnFx.call(() -> {
            second.stage().close();
            return null;
        });
    }

    @Test
    void anExportedFigureCarriesItsSceneAndOpensIt(FxRobot robot) throws IOException {
        robot.interact(() -> {
            changeEverything(first);
            first.appearance().setTheme(Theme.DARK);
        });
        Path png = dir.resolve("figure.png");
        assertTrue(OnFx.call(() -> first.export().exportTo(png, 1)));
        byte[] bytes = Files.readAllBytes(png);
        assertTrue(javax.imageio.ImageIO.read(png.toFile()).getWidth() > 100, "still a PNG any viewer reads");
        assertTrue(PngText.read(bytes, PngText.SCENE, 1 << 20).orElseThrow().contains("\"theme\" : \"dark\""));

        ShellWindow second = OnFx.call(() -> window(new Stage()));
        assertTrue(OnFx.call(() -> second.scenes().open(png)));
        assertEquals(OnFx.call(() -> first.scenes().binding().capture(true)),
                OnFx.call(() -> second.scenes().binding().capture(true)), "setups and look");

        // The vector figures carry it too, and open like the PNG.
        for (FigureFormat format : List.of(FigureFormat.SVG, FigureFormat.PDF)) {
            Path vector = dir.resolve("figure." + format.id());
            assertTrue(OnFx.call(() -> first.export().exportTo(vector, format, 1)));
            ShellWindow third = OnFx.call(() -> window(new Stage()));
            assertTrue(OnFx.call(() -> third.scenes().open(vector)), format.id());
            assertEquals(OnFx.call(() -> first.scenes().binding().capture(true)),
                    OnFx.call(() -> third.scenes().binding().capture(true)), format.id() + ": setups and look");
        }
    }

    @Test
    void aFigureWithoutASceneOrBrokenSaysSoAndChangesNothing(FxRobot robot) throws IOException {
        robot.interact(() -> changeEverything(first));
        SavedScene before = OnFx.call(() -> first.scenes().binding().capture(false));
        Path svg = Files.writeString(dir.resolve("drawing.svg"),
                "<svg xmlns='http://www.w3.org/2000/svg' width='10' height='10'><rect width='5' height='5'/></svg>");
        assertFalse(OnFx.call(() -> first.scenes().open(svg)));
        WaitForAsyncUtils.waitForFxEvents();
        DialogPane error = robot.lookup("#scene-error").queryAs(DialogPane.class);
        assertEquals("drawing.svg is a SVG figure without a scene in it: only figures exported by Gradient Lab carry one.",
                error.getContentText());
        robot.clickOn("OK");
        Path pdf = Files.write(dir.resolve("cut.pdf"), "%PDF-1.7\n1 0 obj".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        assertFalse(OnFx.call(() -> first.scenes().open(pdf)));
        WaitForAsyncUtils.waitForFxEvents();
        error = robot.lookup("#scene-error").queryAs(DialogPane.class);
        assertTrue(error.getContentText().startsWith("cut.pdf ends like a PDF figure but cannot be read"), error.getContentText());
        robot.clickOn("OK");
        assertEquals(before, OnFx.call(() -> first.scenes().binding().capture(false)), "nothing changed");
        assertTrue(SceneController.droppable("Figure.SVG") && SceneController.droppable("a.pdf")
                && SceneController.droppable("b.glab") && !SceneController.droppable("notes.txt"));
    }

    @Test
    void aBadFileChangesNothingAndNamesTheField(FxRobot robot) throws IOException {
        robot.interact(() -> changeEverything(first));
        SavedScene before = OnFx.call(() -> first.scenes().binding().capture(false));
        // Valid up to the init lab's layers: the optimizer's part alone must not be applied either.
        String json = SceneFiles.json(before).replace("\"surface\" : \"x^2/10 + sin(y)*2\"", "\"surface\" : \"book\"")
                .replace("\"layers\" : 7", "\"layers\" : 70");
        Path file = Files.writeString(dir.resolve("bad.glab"), json);
        robot.interact(() -> first.i18n().setLanguage(Language.KOREAN));
        assertFalse(OnFx.call(() -> first.scenes().open(file)));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(before, OnFx.call(() -> first.scenes().binding().capture(false)));
        DialogPane error = robot.lookup("#scene-error").queryAs(DialogPane.class);
        assertEquals("아무것도 바뀌지 않았습니다. 실습은 보이던 그대로입니다.", error.getHeaderText());
        assertTrue(error.getContentText().startsWith("bad.glab: “setups.init.settings”의 값을 쓸 수 없습니다"),
                error.getContentText());
        assertTrue(error.getContentText().contains("layers"), error.getContentText());
        robot.interact(() -> first.i18n().setLanguage(Language.ENGLISH));
        assertTrue(error.getContentText().contains("is not allowed"), error.getContentText());
        robot.clickOn("확인");  // the button keeps the language it opened in, as the export dialog's does
        assertTrue(OnFx.call(() -> first.scenes().recentFiles()).isEmpty(), "a file that did not open is not recent");
    }

    private static javafx.geometry.Dimension2D settledSize(ShellWindow window, String id) {
        var root = window.stage().getScene().getRoot();
        root.applyCss();
        root.layout();
        var bounds = lab(window, id).exportNode().getLayoutBounds();
        return new javafx.geometry.Dimension2D(bounds.getWidth(), bounds.getHeight());
    }

    private static WritableImage figure(ShellWindow window, String id) {
        return OnFx.call(() -> {
            // A tab just selected is laid out on the next pulse, which a loaded machine may not have
            // run yet; the snapshot lays out only the figure, at whatever size its parents last gave it.
            var root = window.stage().getScene().getRoot();
            root.applyCss();
            root.layout();
            return ImageExport.snapshot(lab(window, id).exportNode(), 1);
        });
    }
}
