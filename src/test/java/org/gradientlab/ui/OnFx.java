package org.gradientlab.ui;

import java.util.concurrent.Callable;

import javafx.application.Platform;

import org.testfx.util.WaitForAsyncUtils;

/** Runs code on the FX thread and hands back its result (FxRobot.interact returns the robot). */
public final class OnFx {
    private OnFx() {}

    public static <T> T call(Callable<T> code) {
        if (Platform.isFxApplicationThread()) {
            // Already there (inside UiTestKit.waitUntil): waiting for a later pulse would never end.
            try {
                return code.call();
            } catch (RuntimeException | Error e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        return WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(code));
    }
}
