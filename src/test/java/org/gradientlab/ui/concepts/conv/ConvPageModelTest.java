package org.gradientlab.ui.concepts.conv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import org.gradientlab.core.concepts.conv.ConvDemo;
import org.gradientlab.core.concepts.conv.ConvPreset;
import org.gradientlab.core.concepts.conv.Field;
import org.gradientlab.core.concepts.conv.Window;

class ConvPageModelTest {

    @Test
    void playAdvancesBySpeedTimesSecondsAndStopsOnTheLastCell() {
        ConvPageModel model = new ConvPageModel(); // 7×7, 3×3, stride 2: nine cells
        model.setSpeed(4);
        model.playPause();
        model.advance(0.1);
        assertEquals(0, model.stepProperty().get(), "0.4 of a cell so far");
        model.advance(0.2);
        assertEquals(1, model.stepProperty().get(), "1.2 cells");
        assertEquals(new Window(0, 2, 3), model.currentWindow());
        model.advance(10);
        assertEquals(8, model.stepProperty().get());
        assertFalse(model.playingProperty().get());
        model.playPause();
        assertEquals(0, model.stepProperty().get(), "play at the end starts over");
    }

    @Test
    void stepsStayWithinTheCells() {
        ConvPageModel model = new ConvPageModel();
        model.stepBack();
        assertEquals(0, model.stepProperty().get());
        for (int i = 0; i < 20; i++) {
            model.stepForward();
        }
        assertEquals(8, model.stepProperty().get());
        assertEquals(new Window(4, 4, 3), model.currentWindow());
        model.reset();
        assertEquals(0, model.stepProperty().get());
    }

    @Test
    void anUnreadableFieldBlocksTheLayerButKeepsTheAnimation() {
        ConvPageModel model = new ConvPageModel();
        ConvDemo shown = model.demoProperty().get();
        model.markUnreadable(Field.STRIDE);
        assertNull(model.layerProperty().get());
        assertSame(shown, model.demoProperty().get());
        model.set(Field.STRIDE, 1);
        assertEquals("5×5×1", model.layerProperty().get().outputShape());
    }

    @Test
    void poolingIgnoresPaddingAndFilterCount() {
        ConvPageModel model = new ConvPageModel();
        model.markUnreadable(Field.PADDING);
        model.set(Field.FILTERS, 0);
        assertNull(model.layerProperty().get());
        model.setPooling(true);
        assertNotNull(model.layerProperty().get());
        assertTrue(model.layerProperty().get().pooling());
        model.apply(ConvPreset.LECTURE_32);
        assertEquals(760, model.layerProperty().get().parameters());
        assertEquals(2, model.value(Field.PADDING));
    }
}
