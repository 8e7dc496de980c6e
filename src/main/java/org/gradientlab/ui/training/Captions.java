package org.gradientlab.ui.training;

import java.util.StringJoiner;

import org.gradientlab.core.data.Mnist;
import org.gradientlab.ui.i18n.I18n;
import org.gradientlab.ui.kit.text.DisplayNames;
import org.gradientlab.ui.kit.text.Num;

/** The settings line under an exported figure, so a slide says what was trained. */
final class Captions {
    private Captions() {}

    /** "SGD lr 0.01"; the compared optimizers take the book's rates; the search draws lr. */
    private static String optimizer(I18n i18n, TrainingParameters p) {
        return switch (p.preset()) {
            case OPTIMIZERS -> i18n.text("training.caption.book-rates");
            case HYPERPARAMETERS -> ParameterForm.optimizerName(i18n, p.optimizer());
            default -> i18n.text("training.caption.optimizer", ParameterForm.optimizerName(i18n, p.optimizer()),
                    Num.format(p.learningRate()));
        };
    }

    static String settings(I18n i18n, TrainingParameters p) {
        StringJoiner network = new StringJoiner("-");
        network.add(String.valueOf(Mnist.PIXELS));
        p.hiddenSizes().forEach(size -> network.add(String.valueOf(size)));
        network.add(String.valueOf(Mnist.CLASSES));
        StringJoiner extras = new StringJoiner("");
        if (p.batchNorm()) {
            extras.add(i18n.text("training.caption.bn"));
        }
        if (p.dropoutRatio() > 0) {
            extras.add(i18n.text("training.caption.dropout", Num.format(p.dropoutRatio())));
        }
        if (p.weightDecay() > 0) {
            extras.add(i18n.text("training.caption.lambda", Num.format(p.weightDecay())));
        }
        return i18n.text("training.caption", i18n.text(p.preset().nameKey()), network.toString(),
                i18n.text(DisplayNames.of(p.activation())), i18n.text(DisplayNames.of(p.init())), optimizer(i18n, p),
                Num.integer(p.batchSize()), Num.integer(p.length()),
                i18n.text(p.preset().byEpoch() ? "training.unit.epochs" : "training.unit.iterations"),
                Num.integer(p.trainSize()), String.valueOf(p.seed()), extras.toString());
    }
}
