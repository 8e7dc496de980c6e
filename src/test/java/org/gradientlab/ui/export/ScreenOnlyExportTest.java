package org.gradientlab.ui.export;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;

import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

import org.gradientlab.ui.OnFx;

/** A control that only serves the screen stays out of every exported format, and comes back after. */
class ScreenOnlyExportTest {
    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void screenOnlyControlsAreLeftOutAndTheirPlainStandInsPutIn() {
        OnFx.call(() -> {
            CheckBox control = new CheckBox("pick me on screen");
            control.getStyleClass().add(FigureExport.SCREEN_ONLY);
            Label standIn = new Label("chosen: Adam");
            standIn.getStyleClass().add(FigureExport.EXPORT_ONLY);
            standIn.setVisible(false);
            VBox figure = new VBox(new Label("the caption"), control, standIn);
            new Scene(figure, 300, 200);
            figure.applyCss();
            figure.layout();
            String svg = new String(FigureExport.encode(figure, FigureFormat.SVG, 1, "t", null), StandardCharsets.UTF_8);
            assertTrue(svg.contains("the caption"), svg);
            assertTrue(svg.contains("chosen: Adam"), "the stand-in is exported");
            assertFalse(svg.contains("<image"), "the check box is not embedded as a bitmap");
            assertTrue(control.isVisible(), "back on screen");
            assertFalse(standIn.isVisible(), "hidden on screen again");
            FigureExport.encode(figure, FigureFormat.PNG, 1, "t", null);
            assertTrue(control.isVisible() && !standIn.isVisible());
            return null;
        });
    }
}
