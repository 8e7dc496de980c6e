package org.gradientlab.ui.theme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class AppearanceTest {
    private final Appearance appearance = new Appearance(Theme.LIGHT, 100);
    private Scene scene;

    @Start
    void start(Stage stage) {
        Fonts.load();
        scene = new Scene(new StackPane(new Label("한국어 글꼴")), 300, 200);
        scene.getStylesheets().add("data:text/css,.label{}");
        appearance.style(scene);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void swappingThemesKeepsExactlyOneThemeSheet(FxRobot robot) {
        robot.interact(() -> appearance.setTheme(Theme.HIGH_CONTRAST));
        robot.interact(() -> appearance.setTheme(Theme.DARK));
        List<String> sheets = scene.getStylesheets();
        assertEquals(3, sheets.size(), sheets.toString());
        assertTrue(sheets.get(1).endsWith("/css/dark.css"), sheets.toString());
        assertTrue(sheets.get(2).startsWith("data:"), "the scene's own sheet is kept after the theme");
    }

    @Test
    void rootNamesTheBundledFamilyAtTheScaledSize(FxRobot robot) {
        robot.interact(() -> appearance.setFontScale(200));
        String style = scene.getRoot().getStyle();
        assertTrue(style.contains("'Noto Sans KR'"), style);
        double base = javafx.scene.text.Font.getDefault().getSize();
        assertTrue(style.contains(String.format(java.util.Locale.ROOT, "%.1fpx", 2 * base)), style);
        // This scene's own label (other test classes may leave windows open), after a CSS pass.
        Label label = robot.from(scene.getRoot()).lookup(".label").queryAs(Label.class);
        robot.interact(() -> scene.getRoot().applyCss());
        assertEquals("Noto Sans KR", label.getFont().getFamily());
    }

    @Test
    void presentationAddsFiftyPercentUpToTheMaximum() {
        appearance.setFontScale(125);
        appearance.setPresentation(true);
        assertEquals(175, appearance.effectiveScaleProperty().get());
        appearance.setFontScale(175);
        assertEquals(200, appearance.effectiveScaleProperty().get());
    }

    @Test
    void rejectsFontScaleOutsideOneToTwoHundredPercent() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> appearance.setFontScale(99));
        assertTrue(e.getMessage().contains("fontScale"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> appearance.setFontScale(201));
    }
}
