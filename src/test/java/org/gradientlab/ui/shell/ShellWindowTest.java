package org.gradientlab.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import javax.imageio.ImageIO;

import javafx.scene.control.DialogPane;
import javafx.scene.control.TabPane;
import javafx.scene.image.Image;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import org.gradientlab.ui.MenuClicks;
import org.gradientlab.ui.OnFx;
import org.gradientlab.ui.export.PathChooser;
import org.gradientlab.ui.i18n.Language;
import org.gradientlab.ui.lab.RecordingLab;
import org.gradientlab.ui.prefs.MemoryPreferences;
import org.gradientlab.ui.prefs.ShellPreferences;

@ExtendWith(ApplicationExtension.class)
class ShellWindowTest {
    @TempDir
    Path dir;
    private final MemoryPreferences prefs = new MemoryPreferences();
    // Controls need the toolkit, which ApplicationExtension starts before @Start.
    private RecordingLab optimizer;
    private RecordingLab init;
    private ShellWindow window;

    @Start
    void start(Stage stage) {
        prefs.put("language", "en");
        optimizer = new RecordingLab("optimizer");
        init = new RecordingLab("init");
        PathChooser chooseNothing = (owner, initial, name) -> Optional.empty();
        window = new ShellWindow(stage, new ShellPreferences(prefs), i18n -> chooseNothing,
                i18n -> List.of(optimizer, init));
        stage.show();
    }

    @Test
    void languageMenuSwitchesLabelsToKoreanLive(FxRobot robot) {
        assertEquals("Optimizers", tabText(robot, 0));
        MenuClicks.clickPath(robot, "View", "Language", "한국어");
        assertEquals("매개변수 갱신", tabText(robot, 0));
        assertEquals("가중치의 초깃값", tabText(robot, 1));
        assertTrue(MenuClicks.shown(robot, "보기") != null, "the menu bar reads 보기");
        assertEquals("Gradient Lab", window.stage().getTitle());
        assertEquals(Language.KOREAN, window.i18n().language());
    }

    @Test
    void exportWritesTheCurrentLabAtTwiceItsSize(FxRobot robot) throws IOException {
        Path png = dir.resolve("lab.png");
        assertTrue(OnFx.call(() -> window.export().exportTo(png, 2)));
        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(2 * RecordingLab.FIGURE_WIDTH, image.getWidth());
        assertEquals(2 * RecordingLab.FIGURE_HEIGHT, image.getHeight());
        assertEquals(dir.toString(), window.export().lastDirectoryProperty().get());
    }

    @Test
    void copyPutsTheCurrentLabOnTheClipboardAtTheRememberedScale(FxRobot robot) {
        Image copied = OnFx.call(() -> {
            window.export().copyToClipboard();
            return Clipboard.getSystemClipboard().getImage();
        });
        assertEquals(2 * RecordingLab.FIGURE_WIDTH, copied.getWidth(), "export scale defaults to 2");
    }

    @Test
    void unwritablePathShowsALocalizedErrorAndNothingEscapes(FxRobot robot) throws IOException {
        Path notAFolder = Files.writeString(dir.resolve("file.txt"), "x");
        robot.interact(() -> window.i18n().setLanguage(Language.KOREAN));
        boolean written = OnFx.call(() -> window.export().exportTo(notAFolder.resolve("lab.png"), 2));
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(written);
        DialogPane error = robot.lookup("#export-error").queryAs(DialogPane.class);
        assertEquals("이미지를 저장하지 못했습니다.", error.getHeaderText());
        assertTrue(error.getContentText().contains("폴더가 없습니다"), error.getContentText());
        assertTrue(error.getContentText().contains(notAFolder.resolve("lab.png").toString()), error.getContentText());
        // Worded by WriteFailureText as the labs' status lines are: it follows a language switch.
        robot.interact(() -> window.i18n().setLanguage(Language.ENGLISH));
        assertTrue(error.getContentText().contains("This folder does not exist"), error.getContentText());
        robot.interact(() -> window.i18n().setLanguage(Language.KOREAN));
        robot.clickOn("확인");
        assertTrue(robot.lookup("#export-error").tryQuery().isEmpty(), "the dialog closes");
    }

    @Test
    void shortcutsReachTheSelectedLab(FxRobot robot) {
        robot.clickOn("#tab-init");
        robot.type(KeyCode.SPACE).type(KeyCode.RIGHT).type(KeyCode.RIGHT).type(KeyCode.R);
        assertEquals(1, init.playPauses);
        assertEquals(2, init.steps);
        assertEquals(1, init.resets);
        assertEquals(0, optimizer.playPauses + optimizer.steps + optimizer.resets);
    }

    @Test
    void shortcutsLeaveATextFieldItsKeys(FxRobot robot) {
        robot.clickOn("#optimizer-field").type(KeyCode.R).type(KeyCode.SPACE);
        assertEquals(0, optimizer.resets + optimizer.playPauses);
        assertEquals("r ", optimizer.field().getText());
    }

    @Test
    void presentationModeEnlargesTheFontAndF11LeavesIt(FxRobot robot) {
        robot.type(KeyCode.F11);
        assertTrue(window.appearance().presentationProperty().get());
        assertEquals(150, window.appearance().effectiveScaleProperty().get());
        robot.type(KeyCode.F11);
        assertFalse(window.appearance().presentationProperty().get());
        assertEquals(100, window.appearance().effectiveScaleProperty().get());
    }

    @Test
    void closingSavesTheLookAndItIsRestoredNextTime(FxRobot robot) {
        MenuClicks.clickPath(robot, "View", "Theme", "Dark");
        MenuClicks.clickPath(robot, "View", "Font size", "175%");
        robot.interact(() -> window.stage().setWidth(1111));
        robot.interact(() -> window.stage().close());
        assertEquals("dark", prefs.get("theme", ""));
        assertEquals(1111, prefs.getDouble("width", 0));
        assertEquals(175, prefs.getInt("fontScale", 0));

        ShellWindow next = OnFx.call(() -> new ShellWindow(new Stage(), new ShellPreferences(prefs),
                i18n -> (owner, initial, name) -> Optional.empty(), i18n -> List.of(new RecordingLab("optimizer"))));
        assertEquals("dark", next.appearance().themeProperty().get().id());
        assertEquals(175, next.appearance().fontScaleProperty().get());
        assertEquals(1111, next.stage().getScene().getWidth());
        assertTrue(next.stage().getScene().getStylesheets().stream().anyMatch(s -> s.endsWith("/css/dark.css")));
        // Closed, so its look (175 %, dark) stops styling the windows of later test classes.
        robot.interact(() -> {
            next.stage().show();
            next.stage().close();
        });
    }

    private static String tabText(FxRobot robot, int index) {
        return robot.lookup("#lab-tabs").queryAs(TabPane.class).getTabs().get(index).getText();
    }
}
