package org.gradientlab;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LauncherTest {
    @Test
    void runsOnJava21OrNewer() {
        assertTrue(Runtime.version().feature() >= 21, "tests must run on JDK 21+, got " + Runtime.version());
    }
}
