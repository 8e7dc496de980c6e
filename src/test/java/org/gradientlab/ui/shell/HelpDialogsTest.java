package org.gradientlab.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import javafx.geometry.Rectangle2D;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import org.gradientlab.ui.OnFx;
import org.gradientlab.ui.i18n.I18n;
import org.gradientlab.ui.i18n.Language;
import org.gradientlab.ui.lab.RecordingLab;
import org.gradientlab.ui.prefs.MemoryPreferences;
import org.gradientlab.ui.prefs.ShellPreferences;

@ExtendWith(ApplicationExtension.class)
class HelpDialogsTest {
    @Start
    void start(Stage stage) {
        MemoryPreferences prefs = new MemoryPreferences();
        prefs.put("language", "ko");
        // The largest font: the shortcut list is then taller than Monocle's 1280x800 screen.
        prefs.putInt("fontScale", 200);
        new ShellWindow(stage, new ShellPreferences(prefs), i18n -> (o, d, n) -> Optional.empty(),
                i18n -> List.of(new RecordingLab("optimizer")));
        stage.show();
    }

    @Test
    void everyShortcutHasAKeyCaptionAndTextInBothLanguages() {
        for (Language language : Language.values()) {
            I18n i18n = new I18n(language);
            for (String key : HelpDialogs.SHORTCUTS) {
                assertFalse(i18n.text(key).startsWith("!"), language + " " + key);
                assertFalse(i18n.text(key + ".key").startsWith("!"), language + " " + key + ".key");
            }
        }
    }

    @Test
    void f1OpensTheShortcutListInTheCurrentLanguage(FxRobot robot) {
        robot.type(KeyCode.F1);
        DialogPane pane = robot.lookup("#shortcuts-dialog").queryAs(DialogPane.class);
        List<String> texts = robot.from(pane).lookup(".label").queryAllAs(Label.class).stream()
                .map(Label::getText).toList();
        assertFalse(texts.stream().noneMatch("현재 실험 초기화"::equals), texts.toString());
        assertFalse(texts.stream().noneMatch("스페이스"::equals), texts.toString());
        // Esc leaves full screen and presentation mode; a teacher must find that in the list.
        assertFalse(texts.stream().noneMatch("Esc"::equals), texts.toString());
        assertFalse(texts.stream().noneMatch("발표 모드(전체 화면) 끝내기"::equals), texts.toString());
        Window dialog = pane.getScene().getWindow();
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        assertTrue(dialog.getY() >= screen.getMinY() && dialog.getY() + dialog.getHeight() <= screen.getMaxY(),
                "the dialog fits the screen's height: " + dialog.getY() + " + " + dialog.getHeight() + " in " + screen);
        assertTrue(dialog.getX() >= screen.getMinX() && dialog.getX() + dialog.getWidth() <= screen.getMaxX(),
                "the dialog fits the screen's width");
        // Narrowed to the screen, nothing ends in "…": the rows wrap, Close keeps its word.
        List<String> cut = OnFx.call(() -> pane.lookupAll("*").stream()
                .filter(n -> n instanceof Labeled l && l.lookup(".text") instanceof Text t && !t.getText().equals(l.getText()))
                .map(n -> ((Labeled) n).getText()).toList());
        assertTrue(OnFx.call(() -> pane.lookupAll("*").stream().filter(n -> n instanceof Labeled).count()) > 20,
                "the check sees the dialog's labels and button");
        assertEquals(List.of(), cut, "texts cut short");
        robot.clickOn("닫기");
        // Closing a window takes a pulse or two on a loaded machine.
        org.gradientlab.ui.UiTestKit.waitUntil(5, () -> robot.lookup("#shortcuts-dialog").tryQuery().isEmpty());
        assertEquals(Optional.empty(), robot.lookup("#shortcuts-dialog").tryQuery());
    }
}
