package org.gradientlab.ui;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.application.Platform;

import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** The collector fails a test with what was thrown on the FX thread, and passes a quiet one. */
class FxFailuresTest {

    @Test
    void anExceptionThrownOnTheFxThreadFailsTheTestWithItsMessage() throws Exception {
        FxFailures collector = new FxFailures();
        collector.beforeEach(null);
        Platform.runLater(() -> {
            throw new IllegalStateException("painted off the end");
        });
        WaitForAsyncUtils.waitForFxEvents();
        AssertionError error = assertThrows(AssertionError.class, () -> collector.afterEach(null));
        assertTrue(error.getMessage().contains("painted off the end"), error.getMessage());
    }

    @Test
    void aTestWithNothingThrownPassesAndTheNextStartsClean() throws Exception {
        FxFailures collector = new FxFailures();
        collector.beforeEach(null);
        Platform.runLater(() -> {
            throw new IllegalStateException("first test");
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThrows(AssertionError.class, () -> collector.afterEach(null));
        collector.beforeEach(null);
        Platform.runLater(() -> { });
        assertDoesNotThrow(() -> collector.afterEach(null));
    }
}
