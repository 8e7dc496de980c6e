package org.gradientlab.ui.concepts.activations;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.gradientlab.core.concepts.activations.ActivationPortrait;
import org.gradientlab.core.concepts.activations.ActivationSettings;
import org.gradientlab.core.concepts.activations.Answer;
import org.gradientlab.core.concepts.activations.Check;
import org.gradientlab.core.concepts.activations.Fact;
import org.gradientlab.core.concepts.activations.GalleryFunction;
import org.gradientlab.core.concepts.activations.MaxoutPieces;
import org.gradientlab.ui.i18n.I18n;
import org.gradientlab.ui.i18n.Language;

/** The page builds keys from the function, check and answer names: every one it can build exists. */
class ActivationsKeysTest {

    @Test
    void everyBuiltKeyExistsInEveryLanguage() {
        List<String> keys = new ArrayList<>();
        List<ActivationSettings> settings = List.of(ActivationSettings.DEFAULT,
                ActivationSettings.DEFAULT.withPreluAlpha(0).withMaxout(new MaxoutPieces(1, 0, 0, 0)),
                ActivationSettings.DEFAULT.withLeakySlope(0.9).withEluAlpha(0.1).withPreluAlpha(-1)
                        .withMaxout(new MaxoutPieces(0, 0, 0, 0)));
        for (GalleryFunction function : GalleryFunction.values()) {
            keys.add(Keys.name(function));
            keys.add(Keys.formula(function));
            if (function.coreActivation().isEmpty()) {
                keys.add(Keys.notSendable(function));
            }
            for (ActivationSettings s : settings) {
                ActivationPortrait.of(function, s).facts().stream().map(Fact::reasonKey).forEach(keys::add);
            }
        }
        for (Check check : Check.values()) {
            keys.add(Keys.question(check));
            keys.add(Keys.questionTip(check));
        }
        for (Answer answer : Answer.values()) {
            keys.add(Keys.answer(answer));
        }
        for (String name : List.of("leaky-alpha", "elu-alpha", "prelu-alpha", "maxout-w1", "maxout-b1", "maxout-w2",
                "maxout-b2")) {
            keys.add(Keys.parameter(name));
        }
        keys.add(Keys.maxoutPreset("as-relu"));
        keys.add(Keys.maxoutPreset("as-leaky"));
        for (Language language : Language.values()) {
            I18n i18n = new I18n(language);
            for (String key : keys) {
                assertFalse(i18n.text(key).startsWith("!"), language + " lacks " + key);
            }
        }
    }
}
