package org.gradientlab.ui;

import java.util.concurrent.Callable;

import org.testfx.util.WaitForAsyncUtils;

/** Runs code on the FX thread and hands back its result (FxRobot.interact returns the robot). */
public final class OnFx {
    private OnFx() {}

    public static <T> T call(Callable<T> code) {
        return WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(code));
    }
}
