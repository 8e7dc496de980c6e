package org.gradientlab.ui.scene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import org.gradientlab.ui.OnFx;
import org.gradientlab.ui.i18n.I18n;
import org.gradientlab.ui.i18n.Language;
import org.gradientlab.ui.lab.Lab;
import org.gradientlab.ui.lab.Labs;
import org.gradientlab.ui.theme.Appearance;
import org.gradientlab.ui.theme.Theme;

/**
 * Every lab and page of the real app that has a setup model goes into a scene file and comes
 * back out of the strict reader as the same setup, with the page on show.
 */
@ExtendWith(ApplicationExtension.class)
class EveryLabSceneTest {
    private List<Lab> labs;
    private Lab shown;

    @Start
    void start(Stage stage) {
        labs = Labs.standard(new I18n(Language.ENGLISH));
        shown = labs.get(0);
    }

    private SceneBinding binding() {
        return new SceneBinding(labs, () -> shown, id -> shown = labs.stream()
                .filter(l -> l.id().equals(id)).findFirst().orElseThrow(), new Appearance(Theme.LIGHT, 100));
    }

    @Test
    void everySetupSurvivesTheFileAndTheStrictReader() throws SceneError {
        SceneBinding binding = binding();
        SavedScene saved = OnFx.call(() -> binding.capture(true));
        assertTrue(saved.setups().keySet().containsAll(Set.of("optimizer", "init", "training",
                        "concepts/activations", "concepts/schedules", "concepts/conv")),
                "the labs and pages with setups: " + saved.setups().keySet());
        String json = SceneFiles.json(saved);
        SavedScene read = SceneReader.read(json.getBytes(StandardCharsets.UTF_8), OnFx.call(binding::schema));
        assertEquals(saved, read);
    }

    @Test
    void thePageOnShowIsSavedAndShownAgain() throws SceneError {
        Lab concepts = labs.stream().filter(l -> l.id().equals("concepts")).findFirst().orElseThrow();
        String last = concepts.pageIds().get(concepts.pageIds().size() - 1);
        SceneBinding binding = binding();
        SavedScene saved = OnFx.call(() -> {
            shown = concepts;
            concepts.showPage(last);
            return binding.capture(false);
        });
        assertEquals("concepts", saved.lab());
        assertEquals(last, saved.page());
        SavedScene read = SceneReader.read(SceneFiles.json(saved).getBytes(StandardCharsets.UTF_8),
                OnFx.call(binding::schema));
        String first = concepts.pageIds().get(0);
        OnFx.call(() -> {
            concepts.showPage(first);
            shown = labs.get(0);
            binding.apply(read);
            return null;
        });
        assertEquals("concepts", shown.id());
        assertEquals(last, OnFx.call(() -> concepts.currentPage().orElseThrow()));
    }
}
