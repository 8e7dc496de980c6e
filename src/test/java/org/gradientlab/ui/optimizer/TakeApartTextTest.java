package org.gradientlab.ui.optimizer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.gradientlab.core.optim.OptimizerKind;
import org.gradientlab.core.surface.StepDetail;
import org.gradientlab.core.surface.TrajectoryRunner;
import org.gradientlab.core.surface.TrajectorySettings;
import org.gradientlab.core.surface.UpdatePart;
import org.gradientlab.core.surface.UpdatePart.Role;
import org.gradientlab.core.surface.UpdateParts;
import org.gradientlab.ui.i18n.I18n;
import org.gradientlab.ui.i18n.Language;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

/** The take-apart panel's texts: the line each part highlights, and its numbers, by hand. */
class TakeApartTextTest {
    private static List<UpdatePart> parts(OptimizerKind kind, int step) {
        return UpdateParts.of(StepDetail.of(TrajectoryRunner.run(TrajectorySettings.bookFigure(kind)), step).orElseThrow());
    }

    /** A part's line of the rule is the one that computes it, in both languages. */
    @ParameterizedTest
    @EnumSource(OptimizerKind.class)
    void everyPartPointsAtTheRuleLineThatComputesIt(OptimizerKind kind) {
        for (Language language : Language.values()) {
            I18n i18n = new I18n(language);
            String[] rule = i18n.text(StatePanel.RULE + kind.id()).split(";\\s*");
            for (UpdatePart part : parts(kind, 1)) {
                assertTrue(part.line() < rule.length, part.id() + " of " + kind);
                String line = rule[part.line()];
                if (part.role() == Role.STATE || part.role() == Role.STEP) {
                    String computed = part.role() == Role.STEP ? "W" : part.value().symbol();
                    assertTrue(line.startsWith(computed + " ←") || line.startsWith(computed + " ="),
                            part.id() + " of " + kind + " is on '" + line + "'");
                } else if (part.id().equals("momentum") || part.id().equals("velocity")) {
                    assertTrue(line.contains(part.id().equals("velocity") ? "v ←" : "·v"), line);
                }
                assertTrue(!i18n.text(TakeApartPanel.PART + part.id()).startsWith("!"), part.id());
                assertTrue(!i18n.text(TakeApartPanel.PART + part.id() + ".note").startsWith("!"), part.id());
            }
        }
    }

    @Test
    void apostrophesSurviveMessageFormat() {
        assertTrue(new I18n(Language.ENGLISH).text(TakeApartPanel.PART + "step.note").startsWith("The optimizer's actual move"));
    }

    @Test
    void momentumCarryShowsAlphaTimesTheOldVelocity() {
        // Book lr .1: v after step 0 is −0.1·(−0.7, 4) = (0.07, −0.4); α·v = (0.063, −0.36).
        UpdatePart momentum = parts(OptimizerKind.MOMENTUM, 1).get(2);
        assertEquals("α·v = 0.9·(0.07, −0.4) = (0.063, −0.36)", TakeApartPanel.numbers(momentum));
    }

    @Test
    void adagradCacheAndStepSubstituteTheirNumbers() {
        // Book lr 1.5 from (−7, 2): h = 0 + (−0.7, 4)² = (0.49, 16); the move is ≈ (1.5, −1.5).
        List<UpdatePart> parts = parts(OptimizerKind.ADAGRAD, 0);
        assertEquals("h = h + ∇f² = (0, 0) + (−0.7, 4)² = (0.49, 16)", TakeApartPanel.numbers(parts.get(1)));
        assertEquals("W ← W + ΔW = (−7, 2) + (1.5, −1.5) = (−5.5, 0.5)", TakeApartPanel.numbers(parts.get(4)));
    }

    @Test
    void adamRateSubstitutesTheStepNumberIntoTheBiasCorrection() {
        // t = 1: η_t = 0.3·√(1 − 0.999) / (1 − 0.9) = 0.09487.
        UpdatePart rate = parts(OptimizerKind.ADAM, 0).get(3);
        assertEquals("η_t = η·√(1 − β2^t) / (1 − β1^t) = 0.3·√(1 − 0.999^1) / (1 − 0.9^1) = 0.09487",
                TakeApartPanel.numbers(rate));
    }
}
