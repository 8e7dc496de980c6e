package org.gradientlab.ui.concepts.preprocessing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.CountDownLatch;

import javafx.scene.control.Label;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import org.gradientlab.core.data.Mnist;
import org.gradientlab.ui.OnFx;
import org.gradientlab.ui.i18n.I18n;
import org.gradientlab.ui.i18n.Language;

/** The status line under Compute PCA follows a live language switch in every state. */
@ExtendWith(ApplicationExtension.class)
class MnistPcaViewTest {
    private final CountDownLatch gate = new CountDownLatch(1);
    private I18n i18n;
    private MnistPcaView view;

    @Start
    void start(Stage stage) {
        i18n = new I18n(Language.ENGLISH);
        view = new MnistPcaView(i18n, 100, () -> {
            try {
                gate.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return Mnist.bundled().train();
        });
    }

    @AfterEach
    void release() {
        OnFx.call(() -> {
            view.cancel();
            return null;
        });
        gate.countDown();
    }

    private String statusAfterSwitchToKorean() {
        return OnFx.call(() -> {
            i18n.setLanguage(Language.KOREAN);
            return ((Label) view.lookup("#prep-mnist-status")).getText();
        });
    }

    @Test
    void idleStatusFollowsTheLanguage() {
        assertEquals(new I18n(Language.KOREAN).text("concepts.preprocessing.mnist.idle"), statusAfterSwitchToKorean());
    }

    @Test
    void busyStatusFollowsTheLanguage() {
        OnFx.call(() -> {
            view.start();
            return null;
        });
        assertEquals(new I18n(Language.KOREAN).text("concepts.preprocessing.mnist.busy", 100),
                statusAfterSwitchToKorean());
    }

    @Test
    void cancelledStatusFollowsTheLanguage() {
        OnFx.call(() -> {
            view.start();
            view.cancel();
            return null;
        });
        assertEquals(new I18n(Language.KOREAN).text("concepts.preprocessing.mnist.cancelled"),
                statusAfterSwitchToKorean());
    }
    @Test
    void anErrorOnTheWorkerEndsTheRunWithTheFailedMessage() throws Exception {
        MnistPcaView failing = OnFx.call(() -> new MnistPcaView(i18n, 100, () -> {
            throw new OutOfMemoryError("Java heap space");
        }));
        OnFx.call(() -> {
            failing.start();
            return null;
        });
        org.testfx.util.WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS,
                () -> OnFx.call(() -> !failing.runningProperty().get()));
        assertEquals(i18n.text("concepts.preprocessing.mnist.failed", "Java heap space"),
                OnFx.call(() -> ((Label) failing.lookup("#prep-mnist-status")).getText()));
    }
}
