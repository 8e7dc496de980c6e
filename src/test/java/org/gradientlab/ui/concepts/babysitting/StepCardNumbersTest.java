package org.gradientlab.ui.concepts.babysitting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import javafx.scene.control.Labeled;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import org.gradientlab.core.concepts.babysitting.BabysitStep;
import org.gradientlab.core.concepts.babysitting.Readout.Kind;
import org.gradientlab.core.concepts.babysitting.Readout.Value;
import org.gradientlab.ui.OnFx;
import org.gradientlab.ui.i18n.I18n;
import org.gradientlab.ui.i18n.Language;

/**
 * The cards write the readout's numbers by the kit's rule (true minus, grouping, "× 10ⁿ" rather
 * than "1e-6"), in both languages; the command line keeps its ASCII (BabysitCommandTest).
 */
@ExtendWith(ApplicationExtension.class)
class StepCardNumbersTest {
    private static final List<BabysitStep> STEPS = BabysitStep.lecture();

    @Start
    void start(Stage stage) {
        // The toolkit is up: cards can be built on the FX thread.
    }

    @Test
    void readoutNumbersAreWrittenByTheKitsRule() {
        assertEquals("2.3026", StepCard.shown(new Value(Kind.LOSS, Math.log(10))));
        assertEquals("0.012", StepCard.shown(new Value(Kind.LOSS, 0.0120)));
        assertEquals("17,817", StepCard.shown(new Value(Kind.LOSS, 17816.9831)));
        assertEquals("−5.35 × 10⁻⁸", StepCard.shown(new Value(Kind.LOSS, -5.35e-8)));
        assertEquals("4.04 × 10³⁵", StepCard.shown(new Value(Kind.RATIO, 4.04e35)));
        assertEquals("−0.038", StepCard.shown(new Value(Kind.RATIO, -0.0380)));
        assertEquals("1 × 10⁻⁶", StepCard.shown(new Value(Kind.RATIO, 1e-6)));
        assertEquals("0.183", StepCard.shown(new Value(Kind.RATIO, 0.182872)));
        assertEquals("1.00", StepCard.shown(new Value(Kind.ACCURACY, 1.0)));
        assertEquals("60,000", StepCard.shown(new Value(Kind.COUNT, 60000)));
        assertEquals("∞", StepCard.shown(new Value(Kind.LOSS, Double.POSITIVE_INFINITY)));
        assertEquals("NaN", StepCard.shown(new Value(Kind.LOSS, Double.NaN)));
        // The clipped peak of a step's curve is a loss, written as the observed line writes it.
        assertEquals("1.3496 × 10³⁴", StepCard.loss(1.34957e34));
    }

    @Test
    void settingsAndExpectationsReadTheSameWayInEnglishAndKorean() {
        I18n i18n = new I18n(Language.ENGLISH);
        List<StepCard> cards = OnFx.call(() -> List.of(card(i18n, 0), card(i18n, 3), card(i18n, 4)));
        assertEquals("loss ≈ ln 10 = 2.3026 (± 0.02)", text(cards.get(0), "#babysit-expected-initial-loss"));
        String low = text(cards.get(1), "#babysit-setting-lr-too-low");
        assertEquals("Training: SGD, lr 1 × 10⁻⁶, on the first 60,000 training images · λ = 1 × 10⁻⁶ · batch 100"
                + " · 200 updates", low);
        assertTrue(text(cards.get(2), "#babysit-setting-lr-too-high").startsWith("Training: SGD, lr 1 × 10⁶,"),
                text(cards.get(2), "#babysit-setting-lr-too-high"));

        OnFx.call(() -> {
            i18n.setLanguage(Language.KOREAN);
            return null;
        });
        String lowKo = text(cards.get(1), "#babysit-setting-lr-too-low");
        assertTrue(lowKo.contains("학습률 1 × 10⁻⁶") && lowKo.contains("λ = 1 × 10⁻⁶") && lowKo.contains("60,000"), lowKo);
        assertTrue(text(cards.get(2), "#babysit-setting-lr-too-high").contains("학습률 1 × 10⁶"),
                text(cards.get(2), "#babysit-setting-lr-too-high"));
        assertEquals("손실 ≈ ln 10 = 2.3026 (± 0.02)", text(cards.get(0), "#babysit-expected-initial-loss"));
        for (StepCard card : cards) {
            for (String line : List.of(text(card, ".babysit-setting"), text(card, ".babysit-expected"))) {
                assertTrue(!line.matches(".*\\de-?\\d.*") && !line.contains("-"), line);
            }
        }
    }

    private static StepCard card(I18n i18n, int index) {
        return new StepCard(new BabysittingModel.StepState(STEPS.get(index), index), i18n);
    }

    private static String text(StepCard card, String selector) {
        return OnFx.call(() -> ((Labeled) card.lookup(selector)).getText());
    }
}
