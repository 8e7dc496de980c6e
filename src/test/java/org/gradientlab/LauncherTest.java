package org.gradientlab;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LauncherTest {
    @Test
    void runsOnJava21OrNewer() {
        assertTrue(Runtime.version().feature() >= 21, "tests must run on JDK 21+, got " + Runtime.version());
    }

    @Test
    void aSceneFileAsTheOnlyArgumentOpensTheWindowAsADoubleClickPassesIt() {
        assertTrue(Launcher.isSceneFile(new String[] {"/home/kim/lessons/momentum.glab"}));
        assertTrue(Launcher.isSceneFile(new String[] {"C:\\Users\\kim\\Adam vs SGD.GLAB"}));
        assertTrue(Launcher.needsJavaFx(new String[] {"missing.glab"}));
    }

    @Test
    void subcommandsAndOtherFilesAreNotTakenForAScene() {
        assertFalse(Launcher.isSceneFile(new String[] {}));
        assertFalse(Launcher.isSceneFile(new String[] {"train"}));
        assertFalse(Launcher.isSceneFile(new String[] {"open", "a.glab"}));
        assertFalse(Launcher.isSceneFile(new String[] {"figure.png"}));
        assertFalse(Launcher.needsJavaFx(new String[] {"train", "--experiment", "optimizers"}));
    }
}
