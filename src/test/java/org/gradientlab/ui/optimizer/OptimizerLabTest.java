package org.gradientlab.ui.optimizer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import javafx.geometry.Point2D;
import javafx.geometry.VerticalDirection;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.paint.Color;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import org.gradientlab.core.optim.OptimizerKind;
import org.gradientlab.core.surface.PresetSurface;
import org.gradientlab.core.surface.Vec2;
import org.gradientlab.core.surface.ViewRect;
import org.gradientlab.ui.FxFailures;
import org.gradientlab.ui.OnFx;
import org.gradientlab.ui.UiTestKit;
import org.gradientlab.ui.export.ImageExport;
import org.gradientlab.ui.i18n.I18n;
import org.gradientlab.ui.i18n.Language;
import org.gradientlab.ui.theme.Appearance;
import org.gradientlab.ui.theme.Fonts;
import org.gradientlab.ui.theme.Theme;
import org.gradientlab.ui.kit.text.Num;
import org.gradientlab.ui.kit.text.ScreenTexts;

@ExtendWith({FxFailures.class, ApplicationExtension.class})
class OptimizerLabTest {
    @TempDir
    Path dir;
    private I18n i18n;
    private OptimizerLab lab;
    private OptimizerLabModel model;
    private Appearance appearance;


    @Start
    void start(Stage stage) {
        Fonts.load();
        i18n = new I18n(Language.ENGLISH);
        lab = new OptimizerLab(i18n, (name, extension) -> Optional.empty());
        model = lab.model();
        Scene scene = UiTestKit.show(stage, lab);
        // Styled again by an Appearance of the test's own: the tests change its theme and font scale.
        appearance = new Appearance(Theme.LIGHT, 100);
        appearance.style(scene);
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    private static TrajectoryPlot plot(FxRobot robot) {
        return robot.lookup("#optimizer-plot").queryAs(TrajectoryPlot.class);
    }

    @Test
    void pressingPlayAdvancesTheStepCounter(FxRobot robot) throws TimeoutException {
        robot.clickOn("#optimizer-reset");
        assertEquals("Step 0 / 30", text(robot, "#optimizer-step-label"));
        robot.clickOn("#optimizer-play");
        UiTestKit.waitUntil(5, () -> model.currentStep() >= 2);
        WaitForAsyncUtils.waitForFxEvents();
        String shown = text(robot, "#optimizer-step-label");
        assertFalse(shown.startsWith("Step 0 "), shown);
        assertTrue(model.isPlaying() || model.currentStep() == 30);
        robot.clickOn("#optimizer-play");
        assertFalse(model.isPlaying(), "the same button pauses");
    }

    @Test
    void scrubbingToTheEndPutsTheSgdMarkerOnTheBooksPoint(FxRobot robot) {
        robot.clickOn("#optimizer-reset");
        assertEquals(0, model.currentStep());
        // Focus the timeline by its thumb, then End: the last step, as a keyboard user scrubs.
        robot.clickOn(robot.lookup("#optimizer-timeline .thumb").queryAs(Node.class)).type(KeyCode.END);
        assertEquals(30, model.currentStep());
        assertEquals("Step 30 / 30", text(robot, "#optimizer-step-label"));

        TrajectoryPlot plot = plot(robot);
        Point2D book = plot.dataToPixel(-0.350, 0.085).orElseThrow();
        Point2D marker = plot.markerPixel(OptimizerKind.SGD).orElseThrow();
        // The book's point is given to three decimals: 0.0005 of a unit is far below a pixel here.
        assertEquals(book.getX(), marker.getX(), 1.0);
        assertEquals(book.getY(), marker.getY(), 1.0);

        WritableImage shot = OnFx.call(() -> plot.snapshot(null, null));
        Color centre = shot.getPixelReader().getColor((int) Math.round(marker.getX()), (int) Math.round(marker.getY()));
        Color sgd = RunStyle.colour(OptimizerKind.SGD, plot);
        assertEquals(sgd.getRed(), centre.getRed(), 0.08, "the pixel there is SGD's marker: " + centre);
        assertEquals(sgd.getGreen(), centre.getGreen(), 0.08);
        assertEquals(sgd.getBlue(), centre.getBlue(), 0.08);
    }

    @Test
    void clickingThePlotMovesTheStartOfEveryRun(FxRobot robot) {
        TrajectoryPlot plot = plot(robot);
        Point2D target = plot.dataToPixel(4, -3).orElseThrow();
        robot.clickOn(OnFx.call(() -> plot.localToScreen(target)));
        WaitForAsyncUtils.waitForFxEvents();
        // One pixel is 20/850 of a unit in x and 10/500 in y here.
        assertEquals(4, model.start().x(), 0.05);
        assertEquals(-3, model.start().y(), 0.05);
        for (Run run : model.runs()) {
            assertEquals(model.start(), new Vec2(run.trajectory().point(0).x(), run.trajectory().point(0).y()));
        }
        assertEquals(i18n.text("optimizer.start", Num.format(model.start().x(), 3), Num.format(model.start().y(), 3)),
                text(robot, "#optimizer-start"));
    }

    @Test
    void aTypedStartMovesEveryRunExactlyAndBadTextMovesNothing(FxRobot robot) {
        TextField x = robot.lookup("#optimizer-start-x").queryAs(TextField.class);
        TextField y = robot.lookup("#optimizer-start-y").queryAs(TextField.class);
        assertEquals("\u22127", x.getText(), "the book's start, with a true minus");
        robot.doubleClickOn(x).interact(x::selectAll);
        robot.write("-3.25").type(KeyCode.ENTER);
        robot.doubleClickOn(y).interact(y::selectAll);
        robot.write("1.5").type(KeyCode.ENTER);
        assertEquals(new Vec2(-3.25, 1.5), model.start());
        for (Run run : model.runs()) {
            assertEquals(-3.25, run.trajectory().point(0).x());
            assertEquals(1.5, run.trajectory().point(0).y());
        }
        robot.doubleClickOn(x).interact(x::selectAll);
        robot.write("abc").type(KeyCode.ENTER);
        assertTrue(robot.lookup("#optimizer-start-x-error").queryAs(Label.class).isVisible());
        robot.interact(x::selectAll);
        robot.write("1e7").type(KeyCode.ENTER);
        String range = text(robot, "#optimizer-start-x-error");
        assertTrue(range.contains("1000000"), range);
        assertEquals(new Vec2(-3.25, 1.5), model.start(), "refused text keeps the start");
        // A click on the plot shows the new start in the fields.
        robot.interact(() -> model.setStart(new Vec2(2, -1)));
        assertEquals("2", x.getText());
        assertEquals("\u22121", y.getText());
    }

    @Test
    void wheelZoomsAtThePointerDragPansAndDoubleClickRestores(FxRobot robot) {
        TrajectoryPlot plot = plot(robot);
        Point2D pointer = plot.dataToPixel(4, 2).orElseThrow();
        robot.moveTo(OnFx.call(() -> plot.localToScreen(pointer)));
        // The headless robot's wheel steps are tiny and their sign differs by platform; an X11
        // wheel notch away from the user arrives as deltaY = +40, so that is sent as well.
        robot.scroll(3, VerticalDirection.UP);
        assertNotEquals(PresetSurface.BOOK.view(), model.viewProperty().get(), "the wheel zooms");
        Point2D inScene = OnFx.call(() -> plot.localToScene(pointer));
        robot.interact(() -> plot.fireEvent(new ScrollEvent(ScrollEvent.SCROLL, inScene.getX(), inScene.getY(), 0, 0,
                false, false, false, false, false, false, 0, 120, 0, 120, ScrollEvent.HorizontalTextScrollUnits.NONE, 0,
                ScrollEvent.VerticalTextScrollUnits.NONE, 0, 0, null)));
        ViewRect zoomed = model.viewProperty().get();
        assertTrue(zoomed.xMax() - zoomed.xMin() < 16, "three notches away zoom in by about a quarter: " + zoomed);
        Point2D after = plot.dataToPixel(4, 2).orElseThrow();
        assertEquals(pointer.getX(), after.getX(), 1.0, "the point under the pointer stays there");
        assertEquals(pointer.getY(), after.getY(), 1.0);

        Vec2 start = model.start();
        robot.drag(MouseButton.PRIMARY).moveBy(60, 0).drop();
        ViewRect panned = model.viewProperty().get();
        assertTrue(panned.xMin() < zoomed.xMin(), "dragging right shows what was left: " + panned);
        assertEquals(start, model.start(), "a drag is not a click");

        // Monocle's robot reports two single clicks, so the double click is sent as a real one would arrive.
        Point2D at = OnFx.call(() -> plot.localToScene(plot.dataToPixel(1, 1).orElseThrow()));
        for (int count = 1; count <= 2; count++) {
            for (var type : List.of(MouseEvent.MOUSE_PRESSED, MouseEvent.MOUSE_RELEASED, MouseEvent.MOUSE_CLICKED)) {
                MouseEvent event = new MouseEvent(type, at.getX(), at.getY(), 0, 0, MouseButton.PRIMARY, count,
                        false, false, false, false, type == MouseEvent.MOUSE_PRESSED, false, false, false, false, true, null);
                robot.interact(() -> plot.fireEvent(event));
            }
        }
        assertEquals(PresetSurface.BOOK.view(), model.viewProperty().get());
        assertEquals(start, model.start(), "the double click's first click does not move the start");
    }

    @Test
    void formulaWithASyntaxErrorIsShownAndTheLastGoodSurfaceStays(FxRobot robot) {
        TextField formula = robot.lookup("#optimizer-formula").queryAs(TextField.class);
        robot.doubleClickOn(formula).interact(formula::selectAll);
        robot.write("x^2 + (y").type(KeyCode.ENTER);
        Label error = robot.lookup("#optimizer-formula-error").queryAs(Label.class);
        assertTrue(error.isVisible());
        // Character 9 is just past "(y": a closing parenthesis was expected there.
        assertTrue(error.getText().contains("character 9") && error.getText().contains("“)”"), error.getText());
        assertEquals(PresetSurface.BOOK, model.surface());
        assertEquals(PresetSurface.BOOK, model.run(OptimizerKind.ADAM).trajectory().settings().surface());

        robot.interact(formula::selectAll);
        robot.write("x^2/4 + y^2").type(KeyCode.ENTER);
        assertFalse(error.isVisible());
        assertEquals("x^2/4 + y^2", model.surface().id());
    }

    @Test
    void formulaErrorIsWordedWhollyInKorean(FxRobot robot) {
        robot.interact(() -> i18n.setLanguage(Language.KOREAN));
        TextField formula = robot.lookup("#optimizer-formula").queryAs(TextField.class);
        robot.doubleClickOn(formula).interact(formula::selectAll);
        robot.write("x + foo(y)").type(KeyCode.ENTER);
        String text = robot.lookup("#optimizer-formula-error").queryAs(Label.class).getText();
        assertEquals(i18n.text("optimizer.formula.error", 5, "“foo” 대신 x, y, pi, e 또는 함수(sin, cos, tan, exp, log, sqrt, abs)"),
                text);
        assertFalse(text.contains("expected") || text.contains("got"), text);
    }

    @Test
    void formulaUndefinedAtTheStartSaysSoForEveryRunInsteadOfDiverged(FxRobot robot) {
        // Issue 15: "diverged at step 0" taught the wrong lesson for sqrt(x) started at x = −7.
        TextField formula = robot.lookup("#optimizer-formula").queryAs(TextField.class);
        robot.doubleClickOn(formula).interact(formula::selectAll);
        robot.write("sqrt(x) + y^2").type(KeyCode.ENTER);
        for (Run run : model.runs()) {
            assertEquals("undefined at the start", text(robot, "#result-" + run.kind().id() + "-status"));
        }
        assertEquals("—", text(robot, "#result-sgd-final"));
        WritableImage shot = OnFx.call(() -> plot(robot).snapshot(null, null));
        assertTrue(shot.getWidth() > 0, "the plot still paints");
    }

    @Test
    void surfaceWithoutFloorIsUnboundedNotDivergedAndHasNoMinimumToReach(FxRobot robot) {
        // f = −x² + y² from x = −7: every optimizer runs off to x → −∞ where f → −∞. "f < 0.001"
        // held from the first step and meant nothing; there is no minimum to reach.
        TextField formula = robot.lookup("#optimizer-formula").queryAs(TextField.class);
        robot.doubleClickOn(formula).interact(formula::selectAll);
        robot.write("-x^2 + y^2").type(KeyCode.ENTER);
        // SGD η 0.95 multiplies x by 1 + 2·0.95 = 2.9 per step: −x² passes −10¹² when |x| > 10⁶,
        // 7·2.9ᵏ > 10⁶ first at k = 12.
        assertEquals("unbounded below at step 12", text(robot, "#result-sgd-status"));
        for (Run run : model.runs()) {
            assertEquals("no known minimum", text(robot, "#result-" + run.kind().id() + "-reached"));
        }
    }

    @Test
    void divergingLearningRateIsMarkedDivergedWhileTheOthersRun(FxRobot robot) {
        TextField steps = robot.lookup("#optimizer-steps-field").queryAs(TextField.class);
        robot.doubleClickOn(steps).interact(steps::selectAll);
        robot.write("100").type(KeyCode.ENTER);
        robot.clickOn("#optimizer-select-sgd");
        TextField lr = robot.lookup("#optimizer-lr-field").queryAs(TextField.class);
        robot.doubleClickOn(lr).interact(lr::selectAll);
        robot.write("1.1").type(KeyCode.ENTER);

        assertEquals("diverged at step 72", text(robot, "#result-sgd-status"));
        assertEquals("no blow-up", text(robot, "#result-adam-status"));
        assertEquals(101, model.run(OptimizerKind.ADAM).trajectory().points().size());
        robot.interact(() -> model.seek(100));
        assertTrue(plot(robot).markerPixel(OptimizerKind.SGD).isEmpty(), "a diverged run has no marker, it has ✕");
        assertTrue(plot(robot).markerPixel(OptimizerKind.ADAM).isPresent());
        assertTrue(lab.lazyView().state().getChildren().stream().filter(Label.class::isInstance)
                .map(n -> ((Label) n).getText()).anyMatch(t -> t.contains("diverged at step 72")));
    }

    @Test
    void negativeOrUnreadableLearningRateIsExplainedAndTheRunKept(FxRobot robot) {
        var before = model.run(OptimizerKind.SGD).trajectory();
        TextField lr = robot.lookup("#optimizer-lr-field").queryAs(TextField.class);
        Label error = robot.lookup("#optimizer-lr .field-error").queryAs(Label.class);
        for (String bad : new String[] {"-1", "abc", "NaN"}) {
            robot.doubleClickOn(lr).interact(lr::selectAll);
            robot.write(bad).type(KeyCode.ENTER);
            assertTrue(error.isVisible(), bad);
            assertTrue(error.getText().contains("greater than 0") && error.getText().contains(bad), error.getText());
        }
        assertEquals(before, model.run(OptimizerKind.SGD).trajectory());
        robot.interact(lr::selectAll);
        robot.write("0.5").type(KeyCode.ENTER);
        assertFalse(error.isVisible());
        assertEquals(0.5, model.run(OptimizerKind.SGD).settings().learningRate());
    }

    @Test
    void bookSetupShowsTheFourBookOptimizersSideBySide(FxRobot robot) {
        robot.clickOn("#optimizer-layout-overlay");
        robot.clickOn("#optimizer-book-setup");
        for (String id : new String[] {"sgd", "momentum", "adagrad", "adam"}) {
            assertTrue(robot.lookup("#optimizer-plot-" + id).queryAs(TrajectoryPlot.class).isVisible(), id);
        }
        assertTrue(robot.lookup("#optimizer-plot-nesterov").tryQuery().isEmpty());
        assertTrue(robot.lookup("#optimizer-plot").tryQuery().isEmpty());
        robot.clickOn("#optimizer-layout-overlay");
        assertTrue(robot.lookup("#optimizer-plot").tryQuery().isPresent());
    }

    @Test
    void exportPaintsThePlotsAtThreeTimesTheirPixels(FxRobot robot) {
        TrajectoryPlot plot = plot(robot);
        assertEquals(1, plot.paintedScale(), "on screen the toolkit covers HiDPI itself");
        double[] result = OnFx.call(() -> {
            Node figure = lab.exportNode();
            WritableImage image = ImageExport.snapshot(figure, 2);
            return new double[] {plot.paintedScale(), image.getWidth(), figure.getLayoutBounds().getWidth()};
        });
        assertEquals(3, result[0]);
        assertEquals(2 * result[2], result[1], 1);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, plot.paintedScale(), "back to screen resolution after the export");
    }

    @Test
    void exportsPathsAsCsvAndThePlayThroughAsALoopingGif(FxRobot robot) throws Exception {
        Path csv = dir.resolve("paths.csv");
        assertTrue(OnFx.call(() -> lab.lazyView().writeCsv(csv)));
        assertEquals(1 + 6 * 31, Files.readAllLines(csv).size());

        robot.interact(() -> model.seek(12));
        Path gif = dir.resolve("play.gif");
        CompletableFuture<Exception> done = new CompletableFuture<>();
        robot.interact(() -> lab.lazyView().writeGif(gif, done::complete));
        assertNull(done.get(30, TimeUnit.SECONDS));
        ImageReader reader = ImageIO.getImageReadersByFormatName("gif").next();
        try (ImageInputStream in = ImageIO.createImageInputStream(gif.toFile())) {
            reader.setInput(in);
            assertEquals(31, reader.getNumImages(true), "one frame per step 0..30");
            Node figure = OnFx.call(lab::exportNode);
            assertEquals(Math.round(figure.getLayoutBounds().getWidth()), reader.getWidth(0), 1);
        } finally {
            reader.dispose();
        }
        assertEquals(12, model.currentStep(), "the playback is put back");
        assertTrue(text(robot, "#optimizer-export-status").contains("play.gif"));
    }

    /**
     * A CSV or GIF that cannot be written: the status line names the user's path and the reason
     * in Korean, and in English after the switch; nothing is left in the folder. (The tests run
     * as root, so a read-only folder would be written anyway: a missing folder and a folder in
     * the file's place make the writes fail for real instead.)
     */
    @Test
    void aFailedExportNamesThePathAndTheReasonInTheCurrentLanguage(FxRobot robot) throws Exception {
        robot.interact(() -> i18n.setLanguage(Language.KOREAN));
        Path missing = dir.resolve("no-such-folder").resolve("paths.csv");
        assertFalse(OnFx.call(() -> lab.lazyView().writeCsv(missing)));
        String korean = text(robot, "#optimizer-export-status");
        assertTrue(korean.contains(missing.toString()) && korean.contains("저장하지 못했습니다")
                && korean.contains("폴더가 없습니다"), korean);
        robot.interact(() -> i18n.setLanguage(Language.ENGLISH));
        String english = text(robot, "#optimizer-export-status");
        assertTrue(english.contains(missing.toString()) && english.contains("This folder does not exist"), english);
        assertFalse(ScreenTexts.hasHangul(english), english);

        Path folder = Files.createDirectories(dir.resolve("taken.gif"));
        robot.interact(() -> i18n.setLanguage(Language.KOREAN));
        CompletableFuture<Exception> done = new CompletableFuture<>();
        robot.interact(() -> lab.lazyView().writeGif(folder, done::complete));
        assertTrue(done.get(30, TimeUnit.SECONDS) != null, "a folder is not replaced by the GIF");
        WaitForAsyncUtils.waitForFxEvents();
        String gif = text(robot, "#optimizer-export-status");
        assertTrue(gif.contains(folder.toString()) && gif.contains("폴더나 장치입니다"), gif);
        robot.interact(() -> i18n.setLanguage(Language.ENGLISH));
        assertTrue(text(robot, "#optimizer-export-status").contains("belongs to a folder or a device"));
        assertTrue(Files.isDirectory(folder));
        try (var left = Files.list(dir)) {
            assertEquals(List.of(folder), left.toList(), "no temporary file is left");
        }
    }

    @Test
    void aGifIntoAMissingFolderSaysWhereAndWhyAndPutsThePlaybackBack(FxRobot robot) throws Exception {
        robot.interact(() -> model.seek(7));
        Path gif = dir.resolve("gone").resolve("play.gif");
        CompletableFuture<Exception> done = new CompletableFuture<>();
        robot.interact(() -> lab.lazyView().writeGif(gif, done::complete));
        Exception failure = done.get(30, TimeUnit.SECONDS);
        assertEquals("cannot write " + gif + ": no such folder", failure.getMessage());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(7, model.currentStep(), "the playback is put back");
        // The status line words the failure in the UI language (WriteFailureText): the path and why.
        String status = text(robot, "#optimizer-export-status");
        assertTrue(status.contains(gif.toString()) && status.contains("This folder does not exist"), status);
        assertFalse(Files.exists(dir.resolve("gone")), "nothing is written");
    }

    @Test
    void labHooksPlayStepAndReset(FxRobot robot) {
        robot.interact(lab::reset);
        robot.interact(lab::step);
        robot.interact(lab::step);
        assertEquals(2, model.currentStep());
        robot.interact(lab::playPause);
        assertTrue(model.isPlaying());
        robot.interact(lab::reset);
        assertEquals(0, model.currentStep());
        assertFalse(model.isPlaying());
    }

    @Test
    void themeRecoloursThePlotLive(FxRobot robot) {
        TrajectoryPlot plot = plot(robot);
        assertEquals(Color.web("#ffffff"), plot.backgroundColour());
        robot.interact(() -> appearance.setTheme(Theme.DARK));
        assertEquals(Color.web("#24272c"), plot.backgroundColour());
        Point2D centre = plot.dataToPixel(0, -4.5).orElseThrow();
        Color shown = OnFx.call(() -> plot.snapshot(null, null)).getPixelReader()
                .getColor((int) centre.getX(), (int) centre.getY());
        assertTrue(shown.getBrightness() < 0.3, "the map is dark too: " + shown);
    }

    @Test
    void switchesToKoreanLive(FxRobot robot) {
        robot.interact(model::reset);
        robot.interact(() -> i18n.setLanguage(Language.KOREAN));
        assertEquals("0 / 30단계", text(robot, "#optimizer-step-label"));
        assertEquals("발산 없음", text(robot, "#result-sgd-status"));
        assertTrue(text(robot, "#optimizer-caption").contains("시작점 (−7, 2)"), text(robot, "#optimizer-caption"));
    }
}
