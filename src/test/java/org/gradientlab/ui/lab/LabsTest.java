package org.gradientlab.ui.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import javafx.scene.Parent;
import javafx.scene.layout.StackPane;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;

import org.gradientlab.ui.OnFx;
import org.gradientlab.ui.concepts.ConceptsLab;
import org.gradientlab.ui.i18n.I18n;
import org.gradientlab.ui.i18n.Language;

/** The registry is the one list: the window's labs, the concepts pages and the specs agree with it. */
@ExtendWith(ApplicationExtension.class)
class LabsTest {
    private static final List<String> TABS = List.of("optimizer", "init", "training", "concepts");
    private static final List<String> CONCEPT_PAGES =
            List.of("activations", "preprocessing", "babysitting", "schedules", "ensembles", "conv", "landscape");

    @Test
    void theWindowGetsTheRegistrysLabsInTabOrder() {
        assertEquals(TABS, Labs.IDS);
        List<Lab> labs = OnFx.call(() -> Labs.standard(new I18n(Language.ENGLISH)));
        assertEquals(TABS, labs.stream().map(Lab::id).toList());
    }

    @Test
    void theConceptsLabShowsTheRegistrysPagesInLectureOrder() {
        assertEquals(CONCEPT_PAGES, Labs.PAGES.get("concepts"));
        assertEquals(List.of("concepts"), List.copyOf(Labs.PAGES.keySet()));
        List<Lab> labs = OnFx.call(() -> Labs.standard(new I18n(Language.ENGLISH)));
        ConceptsLab concepts = (ConceptsLab) labs.get(3);
        assertEquals(CONCEPT_PAGES, concepts.pageIds());
    }

    @Test
    void everyTitleKeyHasATextInBothLanguages() {
        List<String> missing = new ArrayList<>();
        for (Language language : Language.values()) {
            I18n i18n = new I18n(language);
            specs().map(LabSpec::titleKey).filter(key -> i18n.text(key).equals("!" + key + "!"))
                    .forEach(key -> missing.add(language + " " + key));
        }
        assertEquals(List.of(), missing);
    }

    @Test
    void idsAreUniqueAcrossLabsAndPages() {
        List<String> ids = specs().map(LabSpec::id).toList();
        assertEquals(ids.size(), ids.stream().distinct().count(), "ids: " + ids);
    }

    @Test
    void aLazyLabBuildsItsViewOnceWithTheStylesheetOfItsSpec() {
        LabSpec spec = new LabSpec("probe-lab", "lab.init.title", "/css/init-lab.css");
        int[] builds = {0};
        LazyLab lab = new LazyLab(spec) {
            @Override
            protected Parent createView() {
                builds[0]++;
                return new StackPane();
            }
        };
        Parent first = OnFx.call(lab::view);
        assertSame(first, OnFx.call(lab::view));
        assertEquals(1, builds[0]);
        assertEquals(List.of(spec.stylesheetUrl()), first.getStylesheets());
        assertTrue(spec.stylesheetUrl().endsWith("/css/init-lab.css"), spec.stylesheetUrl());
    }

    @Test
    void aSpecRejectsABadIdABlankTitleAndAMissingStylesheet() {
        assertThrows(IllegalArgumentException.class, () -> new LabSpec("Init Lab", "lab.init.title", "/css/init-lab.css"));
        assertThrows(IllegalArgumentException.class, () -> new LabSpec("init", " ", "/css/init-lab.css"));
        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
                () -> new LabSpec("init", "lab.init.title", "/css/no-such.css"));
        assertTrue(missing.getMessage().contains("/css/no-such.css"), missing.getMessage());
        assertFalse(new LabSpec("init", "lab.init.title", "/css/init-lab.css").stylesheetUrl().isEmpty());
    }

    private static Stream<LabSpec> specs() {
        return Labs.ALL.stream().flatMap(e -> Stream.concat(Stream.of(e), e.pages().stream())).map(Labs.Entry::spec);
    }
}
