package org.gradientlab.ui.training;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

import org.gradientlab.ui.kit.text.DisplayNames;
import org.gradientlab.ui.kit.text.Message;
import org.gradientlab.ui.kit.text.Num;

/**
 * What tells a finished run from the others in its name (issue 18.2): the settings in which it
 * differs from its experiment's defaults or from another listed run of the same experiment
 * ("batch norm · 300 iterations" beside "no batch norm · 300 iterations"). Two runs of one
 * experiment with different settings therefore never read alike. The setting an experiment
 * compares across its series (the optimizers, the inits, …) and the seed (always named) are left out.
 */
final class RunNames {
    private RunNames() {}

    /** One setting: the experiments that compare it, its value, and how a name says it. */
    private record Setting(Set<Preset> compared, Function<TrainingParameters, Object> value,
                           Function<TrainingParameters, Message> text) {}

    private static final List<Setting> SETTINGS = List.of(
            new Setting(Set.of(Preset.BATCH_NORM), TrainingParameters::batchNorm,
                    p -> Message.of(p.batchNorm() ? "training.runs.diff.bn" : "training.runs.diff.no-bn")),
            new Setting(Set.of(Preset.INIT), TrainingParameters::init,
                    p -> Message.of("training.runs.diff.init", DisplayNames.of(p.init()))),
            new Setting(Set.of(Preset.OPTIMIZERS), TrainingParameters::optimizer, p -> DisplayNames.of(p.optimizer())),
            new Setting(Set.of(Preset.OPTIMIZERS, Preset.HYPERPARAMETERS), TrainingParameters::learningRate,
                    p -> Message.of("training.runs.diff.lr", Num.format(p.learningRate()))),
            new Setting(Set.of(), TrainingParameters::activation, p -> DisplayNames.of(p.activation())),
            new Setting(Set.of(), TrainingParameters::hiddenSizes,
                    p -> Message.of("training.runs.diff.hidden", ParameterForm.hiddenText(p.hiddenSizes()))),
            new Setting(Set.of(), TrainingParameters::batchSize,
                    p -> Message.of("training.runs.diff.batch", Num.integer(p.batchSize()))),
            new Setting(Set.of(), TrainingParameters::length,
                    p -> Message.of("training.runs.diff.length", Num.integer(p.length()),
                            Message.of(p.preset().byEpoch() ? "training.unit.epochs" : "training.unit.iterations"))),
            new Setting(Set.of(Preset.DROPOUT), TrainingParameters::dropoutRatio,
                    p -> Message.of("training.runs.diff.dropout", Num.format(p.dropoutRatio()))),
            new Setting(Set.of(Preset.WEIGHT_DECAY, Preset.HYPERPARAMETERS), TrainingParameters::weightDecay,
                    p -> Message.of("training.runs.diff.lambda", Num.format(p.weightDecay()))),
            new Setting(Set.of(), TrainingParameters::trainSize,
                    p -> Message.of("training.runs.diff.images", Num.integer(p.trainSize()))));

    /**
     * The settings of {@code run} that differ from {@code defaults} (its experiment's) or from
     * one of {@code others} of the same experiment, in a fixed order.
     */
    static List<Message> differences(TrainingParameters run, TrainingParameters defaults,
                                     List<TrainingParameters> others) {
        List<Message> found = new ArrayList<>();
        for (Setting setting : SETTINGS) {
            if (setting.compared().contains(run.preset())) {
                continue;
            }
            Object value = setting.value().apply(run);
            boolean differs = !Objects.equals(value, setting.value().apply(defaults))
                    || others.stream().anyMatch(o -> o.preset() == run.preset()
                            && !Objects.equals(value, setting.value().apply(o)));
            if (differs) {
                found.add(setting.text().apply(run));
            }
        }
        return found;
    }

    /** The differences as one text: " · a · b", or empty for none. */
    static Message suffix(List<Message> differences) {
        Message rest = Message.EMPTY;
        for (int i = differences.size() - 1; i >= 0; i--) {
            rest = Message.of("training.runs.diff", differences.get(i), rest);
        }
        return rest;
    }
}
