package org.gradientlab.ui.kit.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.gradientlab.core.concepts.activations.GalleryFunction;
import org.gradientlab.core.nn.Activation;
import org.gradientlab.core.nn.WeightInit;
import org.gradientlab.core.optim.OptimizerKind;
import org.gradientlab.ui.i18n.I18n;
import org.gradientlab.ui.i18n.Language;

class DisplayNamesTest {
    private final I18n english = new I18n(Language.ENGLISH);
    private final I18n korean = new I18n(Language.KOREAN);

    private static List<Message> everyName() {
        List<Message> names = new ArrayList<>();
        for (OptimizerKind kind : OptimizerKind.values()) {
            names.add(DisplayNames.of(kind));
        }
        for (Activation activation : Activation.values()) {
            names.add(DisplayNames.of(activation));
        }
        for (GalleryFunction function : GalleryFunction.values()) {
            names.add(DisplayNames.of(function));
        }
        names.add(DisplayNames.of(WeightInit.XAVIER));
        names.add(DisplayNames.of(WeightInit.HE));
        names.add(DisplayNames.of(WeightInit.ofStd(0.01)));
        return names;
    }

    @Test
    void everyIdHasAnEnglishAndAKoreanName() {
        for (Message name : everyName()) {
            for (I18n i18n : List.of(english, korean)) {
                String text = i18n.text(name);
                assertFalse(text.startsWith("!") || text.isBlank(), name + " in " + i18n.language() + ": " + text);
            }
        }
    }

    @Test
    void methodNamesAreWrittenAsTheBookWritesThemNotAsIds() {
        assertEquals("SGD", english.text(DisplayNames.of(OptimizerKind.SGD)));
        assertEquals("AdaGrad", english.text(DisplayNames.of(OptimizerKind.ADAGRAD)));
        assertEquals("ReLU", korean.text(DisplayNames.of(Activation.RELU)));
        assertEquals("He", korean.text(DisplayNames.of(WeightInit.HE)));
        assertEquals("Xavier", english.text(DisplayNames.of(WeightInit.XAVIER)));
        // A name also starts sentences and labels buttons ("Sigmoid: σ(x) = …"): capitalised as
        // the lectures write it, except tanh, which is always written small.
        for (GalleryFunction function : GalleryFunction.values()) {
            String name = english.text(DisplayNames.of(function));
            assertEquals(function == GalleryFunction.TANH, Character.isLowerCase(name.charAt(0)), name);
        }
        // GLOSSARY.md: 모멘텀; sigmoid in Hangul as the Korean edition writes it.
        assertEquals("모멘텀", korean.text(DisplayNames.of(OptimizerKind.MOMENTUM)));
        assertEquals("시그모이드", korean.text(DisplayNames.of(Activation.SIGMOID)));
        assertEquals("std 0.01", english.text(DisplayNames.of(WeightInit.ofStd(0.01))));
        assertEquals("표준편차 0.01", korean.text(DisplayNames.of(WeightInit.ofStd(0.01))));
        for (OptimizerKind kind : OptimizerKind.values()) {
            assertNotEquals(kind.id(), english.text(DisplayNames.of(kind)));
        }
    }

    @Test
    void theCoresSeriesNamesReadAsNames() {
        assertEquals("SGD", english.text(DisplayNames.series("sgd")));
        assertEquals("Adam, lr 0.01", english.text(DisplayNames.series("adam lr=0.01")));
        assertEquals("Adam, 학습률 0.01", korean.text(DisplayNames.series("adam lr=0.01")));
        assertEquals("#2 모멘텀", korean.text(DisplayNames.series("#2 momentum")));
        assertEquals("He", english.text(DisplayNames.series("he")));
        assertEquals("표준편차 0.01", korean.text(DisplayNames.series("std=0.01")));
        assertEquals("with batch norm, w = 0.1", english.text(DisplayNames.series("bn w=0.1")));
        assertEquals("weight decay λ = 0.1", english.text(DisplayNames.series("wd=0.1")));
        assertEquals("trial 3: lr 0.001234, weight decay 5.678 × 10⁻⁷",
                english.text(DisplayNames.series("trial 3 lr=0.001234 wd=5.678e-07")));
        // A name the UI does not know (a schedule's, a test's) is shown as it is.
        assertEquals("series 0", english.text(DisplayNames.series("series 0")));
    }
}
