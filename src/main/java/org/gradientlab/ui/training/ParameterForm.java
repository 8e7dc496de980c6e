package org.gradientlab.ui.training;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

import org.gradientlab.core.nn.Activation;
import org.gradientlab.core.nn.WeightInit;
import org.gradientlab.core.optim.OptimizerKind;
import org.gradientlab.ui.i18n.I18n;
import org.gradientlab.ui.kit.input.Invalid;
import org.gradientlab.ui.kit.input.Parser;
import org.gradientlab.ui.kit.input.Parsers;
import org.gradientlab.ui.kit.input.ValidatedField;
import org.gradientlab.ui.kit.text.DisplayNames;
import org.gradientlab.ui.kit.text.LocalizedChoices;
import org.gradientlab.ui.kit.text.Num;

/**
 * The experiment selector and the editors of the model's {@link TrainingParameters}, each with
 * an inline message when its text is invalid. An edit that parses goes to the model; the model's
 * parameters (a preset chosen, a new seed, a scene) come back into the editors. The ranges are
 * the scene record's, {@link TrainingLabSetup}.
 */
final class ParameterForm {
    private final I18n i18n;
    private final TrainingLabModel model;
    private final ComboBox<Preset> preset = new ComboBox<>();
    private final ComboBox<OptimizerKind> optimizer = new ComboBox<>();
    private final ComboBox<Activation> activation = new ComboBox<>();
    private final CheckBox batchNorm = new CheckBox();
    private final ValidatedField<Double> learningRate;
    private final ValidatedField<WeightInit> init;
    private final ValidatedField<List<Integer>> hiddenSizes;
    private final ValidatedField<Integer> batchSize;
    private final ValidatedField<Integer> length;
    private final ValidatedField<Double> dropout;
    private final ValidatedField<Double> weightDecay;
    private final ValidatedField<Integer> trainSize;
    private final ValidatedField<Long> seed;
    private final VBox view = new VBox();
    /** True while the editors are filled from the model, so the filling is not an edit. */
    private boolean showing;

    ParameterForm(I18n i18n, TrainingLabModel model) {
        this.i18n = i18n;
        this.model = model;
        learningRate = new ValidatedField<>(i18n, "param-lr",
                number(Double.MIN_NORMAL, TrainingLabSetup.MAX_LEARNING_RATE, false, "training.error.lr"));
        init = new ValidatedField<>(i18n, "param-init", ParameterForm::parseInit);
        hiddenSizes = new ValidatedField<>(i18n, "param-hidden",
                t -> Parsers.wholeList(t, TrainingLabSetup.MAX_HIDDEN_LAYERS, 1, TrainingLabSetup.MAX_UNITS));
        batchSize = new ValidatedField<>(i18n, "param-batch", t -> Parsers.wholeInt(t, 1, TrainingLabSetup.MAX_BATCH));
        length = new ValidatedField<>(i18n, "param-length", t -> Parsers.wholeInt(t, 1, TrainingLabSetup.MAX_LENGTH));
        dropout = new ValidatedField<>(i18n, "param-dropout", number(0, 1, true, "training.error.dropout"));
        weightDecay = new ValidatedField<>(i18n, "param-lambda",
                number(0, TrainingLabSetup.MAX_WEIGHT_DECAY, false, "training.error.lambda"));
        trainSize = new ValidatedField<>(i18n, "param-train-size",
                t -> Parsers.wholeInt(t, 1, TrainingLabSetup.MAX_TRAIN));
        Parser<Long> anyWhole = t -> Parsers.whole(t, Long.MIN_VALUE, Long.MAX_VALUE);
        seed = new ValidatedField<>(i18n, "param-seed", anyWhole.orSay("training.error.seed"));
        createView();
        show(model.parametersProperty().get());
        model.parametersProperty().addListener((o, was, is) -> {
            // The model took this edit from the editors: their text (e.g. "100x4") stays as typed.
            if (!parameters().equals(Optional.of(is))) {
                show(is);
            }
        });
        // A preset or scene equal to the parameters held still clears an editor's bad text.
        model.editorsValidProperty().addListener((o, was, is) -> {
            if (is && parameters().isEmpty()) {
                show(model.parametersProperty().get());
            }
        });
        preset.valueProperty().addListener((o, was, is) -> {
            if (!showing && is != null) {
                model.choosePreset(is);
            }
        });
        onEdited(this::forward);
        view.disableProperty().bind(model.runningProperty().isNotNull());
    }

    Node view() {
        return view;
    }

    private void forward() {
        if (!showing) {
            parameters().ifPresentOrElse(model::edit, model::editInvalid);
        }
    }

    private void createView() {
        preset.setId("param-preset");
        preset.getItems().setAll(Preset.values());
        LocalizedChoices.show(preset, i18n, p -> i18n.text(p.nameKey()));
        optimizer.setId("param-optimizer");
        optimizer.getItems().setAll(OptimizerKind.values());
        LocalizedChoices.show(optimizer, i18n, k -> optimizerName(i18n, k));
        activation.setId("param-activation");
        activation.getItems().setAll(Activation.values());
        LocalizedChoices.show(activation, i18n, a -> i18n.text(DisplayNames.of(a)));
        batchNorm.setId("param-bn");
        batchNorm.textProperty().bind(i18n.label("training.param.bn"));

        GridPane grid = new GridPane();
        grid.getStyleClass().add("parameter-grid");
        grid.setHgap(8);
        grid.setVgap(4);
        int row = 0;
        row = addRow(grid, row, "training.param.optimizer", optimizer, null);
        row = addRow(grid, row, "training.param.lr", learningRate.field(), learningRate.error());
        row = addRow(grid, row, "training.param.init", init.field(), init.error());
        row = addRow(grid, row, "training.param.activation", activation, null);
        row = addRow(grid, row, "training.param.hidden", hiddenSizes.field(), hiddenSizes.error());
        row = addRow(grid, row, "training.param.batch", batchSize.field(), batchSize.error());
        Label lengthLabel = label("training.param.iterations");
        lengthLabel.textProperty().bind(i18n.render(
                () -> i18n.text(model.parametersProperty().get().preset().byEpoch()
                        ? "training.param.epochs" : "training.param.iterations"),
                model.parametersProperty()));
        grid.addRow(row++, lengthLabel, length.field());
        grid.add(length.error(), 1, row++);
        grid.add(batchNorm, 1, row++);
        row = addRow(grid, row, "training.param.dropout", dropout.field(), dropout.error());
        row = addRow(grid, row, "training.param.lambda", weightDecay.field(), weightDecay.error());
        row = addRow(grid, row, "training.param.train-size", trainSize.field(), trainSize.error());
        addRow(grid, row, "training.param.seed", seed.field(), seed.error());

        Label presetLabel = label("training.param.preset");
        presetLabel.getStyleClass().add("section-title");
        view.getChildren().setAll(presetLabel, preset, grid);
        view.setSpacing(6);
    }

    private int addRow(GridPane grid, int row, String key, Node control, Label error) {
        grid.addRow(row++, label(key), control);
        if (error != null) {
            grid.add(error, 1, row++);
        }
        return row;
    }

    private Label label(String key) {
        Label label = new Label();
        label.textProperty().bind(i18n.label(key));
        label.setMinWidth(Label.USE_PREF_SIZE);
        return label;
    }

    /** Hidden layer sizes as the editor writes them: "100x4" for more than two alike, else "64, 32". */
    static String hiddenText(List<Integer> sizes) {
        boolean same = sizes.size() > 2 && sizes.stream().distinct().count() == 1;
        return same ? sizes.get(0) + "x" + sizes.size() : String.join(", ", sizes.stream().map(String::valueOf).toList());
    }

    /** The optimizer's name as the UI writes it (모멘텀 in Korean). */
    static String optimizerName(I18n i18n, OptimizerKind kind) {
        return i18n.text(DisplayNames.of(kind));
    }

    /** The setting an experiment varies across its series is not edited (it is what is compared). */
    private void disableCompared(Preset p) {
        optimizer.setDisable(p == Preset.OPTIMIZERS);
        learningRate.field().setDisable(p == Preset.OPTIMIZERS || p == Preset.HYPERPARAMETERS);
        init.field().setDisable(p == Preset.INIT || p == Preset.BATCH_NORM);
        batchNorm.setDisable(p == Preset.BATCH_NORM);
        weightDecay.field().setDisable(p == Preset.HYPERPARAMETERS);
    }

    /** Fills every editor from {@code p}. */
    private void show(TrainingParameters p) {
        showing = true;
        preset.setValue(p.preset());
        disableCompared(p.preset());
        optimizer.setValue(p.optimizer());
        learningRate.setText(plain(p.learningRate()));
        // The field reads what it shows: "He", "Xavier" (the same in every language) or a std.
        init.setText(p.init() instanceof WeightInit.FanIn ? i18n.text(DisplayNames.of(p.init())) : plain(p.init().std(1)));
        activation.setValue(p.activation());
        hiddenSizes.setText(hiddenText(p.hiddenSizes()));
        batchSize.setText(String.valueOf(p.batchSize()));
        length.setText(String.valueOf(p.length()));
        batchNorm.setSelected(p.batchNorm());
        dropout.setText(plain(p.dropoutRatio()));
        weightDecay.setText(plain(p.weightDecay()));
        trainSize.setText(String.valueOf(p.trainSize()));
        seed.setText(String.valueOf(p.seed()));
        showing = false;
    }

    /** The edited parameters, or empty while any editor holds invalid text (its message shows). */
    Optional<TrainingParameters> parameters() {
        List<Optional<?>> all = new ArrayList<>(List.of(learningRate.value(), init.value(), hiddenSizes.value(),
                batchSize.value(), length.value(), dropout.value(), weightDecay.value(), trainSize.value(),
                seed.value()));
        if (all.stream().anyMatch(Optional::isEmpty)) {
            return Optional.empty();
        }
        return Optional.of(new TrainingParameters(preset.getValue(), optimizer.getValue(),
                learningRate.value().orElseThrow(), init.value().orElseThrow(), activation.getValue(),
                hiddenSizes.value().orElseThrow(), batchSize.value().orElseThrow(), length.value().orElseThrow(),
                batchNorm.isSelected(), dropout.value().orElseThrow(), weightDecay.value().orElseThrow(),
                trainSize.value().orElseThrow(), seed.value().orElseThrow()));
    }

    /** Calls {@code listener} after any edit (text, choice or tick). */
    private void onEdited(Runnable listener) {
        javafx.beans.InvalidationListener call = o -> listener.run();
        for (ValidatedField<?> f : List.of(learningRate, init, hiddenSizes, batchSize, length, dropout, weightDecay,
                trainSize, seed)) {
            f.field().textProperty().addListener(call);
        }
        optimizer.valueProperty().addListener(call);
        activation.valueProperty().addListener(call);
        batchNorm.selectedProperty().addListener(call);
    }

    private static String plain(double value) {
        return Num.plain(value);
    }

    /** A number in [min, max] (or [min, max) when {@code maxExclusive}); out of range says {@code rangeKey}. */
    private static Parser<Double> number(double min, double max, boolean maxExclusive, String rangeKey) {
        return text -> {
            double value = Parsers.number(text);
            if (value < min || value > max || (maxExclusive && value == max)) {
                throw new Invalid(rangeKey);
            }
            return value;
        };
    }

    private static WeightInit parseInit(String text) {
        try {
            return WeightInit.parse(text.strip());
        } catch (IllegalArgumentException e) {
            throw new Invalid("training.error.init");
        }
    }
}
