package org.gradientlab.ui;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Fails a UI test with whatever was thrown on the FX thread during it (a paint, a listener, an
 * event handler): JavaFX would otherwise only log it and the test could pass. Register it before
 * TestFX's extension, so it also catches what the scene's first layout throws:
 * {@code @ExtendWith({FxFailures.class, ApplicationExtension.class})}.
 */
public final class FxFailures implements BeforeEachCallback, AfterEachCallback {
    private final List<Throwable> failures = new CopyOnWriteArrayList<>();
    private Thread.UncaughtExceptionHandler before;

    @Override
    public void beforeEach(ExtensionContext context) throws Exception {
        FxToolkit.registerPrimaryStage();
        failures.clear();
        OnFx.call(() -> {
            before = Thread.currentThread().getUncaughtExceptionHandler();
            Thread.currentThread().setUncaughtExceptionHandler((thread, failure) -> failures.add(failure));
            return null;
        });
    }

    @Override
    public void afterEach(ExtensionContext context) {
        WaitForAsyncUtils.waitForFxEvents();
        OnFx.call(() -> {
            Thread.currentThread().setUncaughtExceptionHandler(before);
            return null;
        });
        if (!failures.isEmpty()) {
            AssertionError error = new AssertionError("thrown on the FX thread during the test: " + failures);
            failures.forEach(error::addSuppressed);
            throw error;
        }
    }
}
