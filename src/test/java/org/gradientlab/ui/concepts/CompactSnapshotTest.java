package org.gradientlab.ui.concepts;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;

import javafx.scene.Parent;

import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.testfx.framework.junit5.ApplicationExtension;

import org.gradientlab.ui.OnFx;
import org.gradientlab.ui.export.FigureFormat;
import org.gradientlab.ui.export.OffscreenSnapshot;
import org.gradientlab.ui.i18n.Language;
import org.gradientlab.ui.theme.Theme;

/**
 * The concepts lab at 200 % text in 1280 × 720, as `snapshot` and an export lay it out (one
 * layout, no pulses): compact, with the page picker above the page. A Korean snapshot of the
 * convolution page stayed wide: the wide layout's minimum width (1,574 px) made the lab wider than
 * the window, and the lab compared that width, not the window's, with 60 em.
 */
@ExtendWith(ApplicationExtension.class)
class CompactSnapshotTest {

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"ko, conv", "en, conv", "ko, activations", "en, landscape"})
    void atTwiceTheTextTheLabIsCompactInTheSnapshotsLayout(String language, String page) {
        OffscreenSnapshot.Request request = new OffscreenSnapshot.Request("concepts", page,
                Language.fromId(language).orElseThrow(), Theme.LIGHT, 200, 1280, 720, 1, Path.of("unused"), FigureFormat.PNG);
        OnFx.call(() -> {
            Parent window = OffscreenSnapshot.figure(request).getScene().getRoot();
            window.applyCss();
            window.layout();
            String where = language + " " + page + ": ";
            assertNotNull(window.lookup("#concepts-nav-bar"), where + "the page picker's bar is shown");
            assertNull(window.lookup(".concepts-nav-scroll"), where + "the page list column is gone");
            return null;
        });
    }
}
