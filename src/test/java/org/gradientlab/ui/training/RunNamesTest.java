package org.gradientlab.ui.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.gradientlab.core.nn.WeightInit;
import org.gradientlab.ui.i18n.I18n;
import org.gradientlab.ui.i18n.Language;

/** Issue 18.2: a finished run's name says the settings that set it apart. */
class RunNamesTest {
    private static final TrainingParameters BOOK = CoreBackend.preset(Preset.OPTIMIZERS);

    private static String said(Language language, TrainingParameters run, TrainingParameters... others) {
        return new I18n(language).text(RunNames.suffix(RunNames.differences(run,
                CoreBackend.preset(run.preset()), List.of(others))));
    }

    private static TrainingParameters length(TrainingParameters p, int length) {
        return InsideSnapshot.withLength(p, length);
    }

    private static TrainingParameters batchNorm(TrainingParameters p, boolean on) {
        return InsideSnapshot.withBatchNorm(p, on);
    }

    @Test
    void theBooksSettingsAloneSayNothing() {
        assertEquals("", said(Language.ENGLISH, BOOK));
        assertEquals("", said(Language.ENGLISH, BOOK, BOOK.withSeed(7)));
    }

    @Test
    void aRunNamesWhatDiffersFromTheDefaultsAndFromTheOtherRuns() {
        TrainingParameters off = length(BOOK, 300);
        TrainingParameters on = batchNorm(off, true);
        // Alone, the first run differs from the book only in its length; beside the second, in batch norm too.
        assertEquals(" · 300 iterations", said(Language.ENGLISH, off));
        assertEquals(" · no batch norm · 300 iterations", said(Language.ENGLISH, off, on));
        assertEquals(" · batch norm · 300 iterations", said(Language.ENGLISH, on, off));
        assertEquals(" · 배치 정규화 없음 · 300 반복", said(Language.KOREAN, off, on));
        assertEquals(" · 배치 정규화 · 300 반복", said(Language.KOREAN, on, off));
    }

    @Test
    void runsThatDifferOnlyInIterationsReadDifferently() {
        TrainingParameters shorter = length(BOOK, 100);
        TrainingParameters longer = length(BOOK, 200);
        assertEquals(" · 100 iterations", said(Language.ENGLISH, shorter, longer));
        assertEquals(" · 200 iterations", said(Language.ENGLISH, longer, shorter));
        // The book's own length beside a shorter run: named too, or the two would differ only by number.
        int book = BOOK.length();
        assertEquals(" · " + org.gradientlab.ui.kit.text.Num.integer(book) + " iterations",
                said(Language.ENGLISH, BOOK, shorter));
    }

    @Test
    void theSettingAnExperimentComparesIsNotNamedButOthersAre() {
        TrainingParameters init = CoreBackend.preset(Preset.INIT);
        TrainingParameters other = new TrainingParameters(init.preset(), init.optimizer(), init.learningRate(),
                WeightInit.parse("0.02"), init.activation(), init.hiddenSizes(), 64, init.length(), init.batchNorm(),
                init.dropoutRatio(), init.weightDecay(), 2000, init.seed());
        assertEquals(" · batch 64 · 2,000 images", said(Language.ENGLISH, other));
        assertEquals(" · 배치 64 · 이미지 2,000장", said(Language.KOREAN, other));
        assertNotEquals(said(Language.ENGLISH, other), said(Language.ENGLISH, init, other));
    }
}
