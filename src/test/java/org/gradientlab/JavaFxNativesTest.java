package org.gradientlab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

class JavaFxNativesTest {
    @Test
    void aLinuxJarOnWindowsNamesBothPlatforms() {
        Optional<String> message = JavaFxNatives.mismatch("Windows 11", Set.of("libglass.so", "libprism_sw.so")::contains);
        assertTrue(message.isPresent());
        assertTrue(message.get().contains("for Linux only"), message.get());
        assertTrue(message.get().contains("on Windows"), message.get());
    }

    @Test
    void aWindowsJarOnMacOsIsRefused() {
        Optional<String> message = JavaFxNatives.mismatch("Mac OS X", Set.of("glass.dll")::contains);
        assertTrue(message.orElseThrow().contains("for Windows only"));
        assertTrue(message.orElseThrow().contains("on macOS"));
    }

    @Test
    void theRightNativesOrNoneByNameAreNoMismatch() {
        assertFalse(JavaFxNatives.mismatch("Linux", Set.of("libglass.so")::contains).isPresent());
        assertFalse(JavaFxNatives.mismatch("Windows 10", Set.of("glass.dll", "libglass.so")::contains).isPresent());
        assertFalse(JavaFxNatives.mismatch("Linux", Set.<String>of()::contains).isPresent());
        assertFalse(JavaFxNatives.mismatch("FreeBSD", Set.of("libglass.so")::contains).isPresent());
    }

    @Test
    void thisBuildCarriesTheNativesOfTheMachineItRunsOn() {
        assertEquals(Optional.empty(), JavaFxNatives.mismatchHere());
        String own = JavaFxNatives.platformOf(System.getProperty("os.name")).glassLibrary();
        assertTrue(JavaFxNatives.class.getClassLoader().getResource(own) != null, own + " on the test class path");
    }

    @Test
    void onlyTheWindowAndSnapshotNeedJavaFx() {
        assertTrue(Launcher.needsJavaFx(new String[0]));
        assertTrue(Launcher.needsJavaFx(new String[] {"snapshot", "--lab", "optimizer"}));
        assertFalse(Launcher.needsJavaFx(new String[] {"trajectory", "--optimizer", "sgd"}));
    }
}
