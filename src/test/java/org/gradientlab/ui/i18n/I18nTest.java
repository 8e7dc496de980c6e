package org.gradientlab.ui.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javafx.beans.binding.StringBinding;
import javafx.beans.property.SimpleIntegerProperty;

import org.junit.jupiter.api.Test;

class I18nTest {
    @Test
    void boundLabelFollowsTheLanguage() {
        I18n i18n = new I18n(Language.ENGLISH);
        StringBinding file = i18n.label("menu.file");
        assertEquals("File", file.get());
        i18n.setLanguage(Language.KOREAN);
        assertEquals("파일", file.get());
        i18n.setLanguage(Language.ENGLISH);
        assertEquals("File", file.get());
    }

    @Test
    void englishStaysEnglishOnAKoreanMachine() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.KOREA);
            assertEquals("Help", new I18n(Language.ENGLISH).text("menu.help"));
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void observableArgumentsUpdateTheLabel() {
        I18n i18n = new I18n(Language.KOREAN);
        SimpleIntegerProperty scale = new SimpleIntegerProperty(2);
        StringBinding label = i18n.label("export.dialog.scale", scale);
        assertEquals("2배", label.get());
        scale.set(3);
        assertEquals("3배", label.get());
    }

    @Test
    void missingKeyIsVisibleNotFatal() {
        assertEquals("!no.such.key!", new I18n(Language.ENGLISH).text("no.such.key"));
    }

    @Test
    void whenLanguageChangesRedoesOncePerSwitchAndReadsTheNewLanguage() {
        I18n i18n = new I18n(Language.ENGLISH);
        List<String> redone = new ArrayList<>();
        i18n.whenLanguageChanges(() -> redone.add(i18n.text("training.inside.output")));
        i18n.setLanguage(Language.ENGLISH);
        assertEquals(List.of(), redone, "the same language again is no change");
        i18n.setLanguage(Language.KOREAN);
        i18n.setLanguage(Language.ENGLISH);
        assertEquals(List.of("출력층", "output layer"), redone);
    }

    @Test
    void wholeNumbersArePlacedAsNumFormatsThemAndIdsKeepTheirOwnFormat() {
        I18n i18n = new I18n(Language.ENGLISH);
        assertEquals("Scene 1,234 of 20,000", i18n.text("lesson.counter", 1234, 20_000L));
        assertEquals("step \u22125", i18n.text("optimizer.results.at-step", -5), "a true minus sign");
        String noise = i18n.text("optimizer.caption.noise", "0.5", 12345);
        assertTrue(noise.endsWith("σ = 0.5, seed 12345"), "a seed is an id, not grouped: " + noise);
        assertEquals("1,500 points", i18n.text("concepts.preprocessing.count", 1500), "a plural keeps its number");
        i18n.setLanguage(Language.KOREAN);
        assertEquals("장면 1,234 / 20,000", i18n.text("lesson.counter", 1234, 20_000));
    }
}
