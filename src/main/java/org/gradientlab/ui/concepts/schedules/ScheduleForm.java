package org.gradientlab.ui.concepts.schedules;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleConsumer;

import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;

import org.gradientlab.core.concepts.schedules.ScheduleSettings;
import org.gradientlab.core.optim.LearningRateSchedule;
import org.gradientlab.ui.i18n.I18n;
import org.gradientlab.ui.kit.input.Invalid;
import org.gradientlab.ui.kit.input.Parser;
import org.gradientlab.ui.kit.input.Parsers;
import org.gradientlab.ui.kit.input.ValidatedField;
import org.gradientlab.ui.kit.text.Message;
import org.gradientlab.ui.kit.text.Num;

/**
 * The editors of the four schedules: α0, the run length, step decay's k and γ, exponential k and
 * 1/t k. Each field checks its text with the core record it feeds (so the rules live in one
 * place) and shows the page's own message under it. Settings whose every field is valid go to
 * the {@link SchedulesModel}; the model's settings (a reset, a scene) come back into the fields.
 */
final class ScheduleForm {
    private final I18n i18n;
    private final SchedulesModel model;
    private final GridPane grid = new GridPane();
    private final List<Field> fields = new ArrayList<>();
    /** True while the fields are filled from the model, so the filling is not an edit. */
    private boolean showing;
    private double initialRate;
    private double iterations;
    private double stepEvery;
    private double stepGamma;
    private double exponentialK;
    private double inverseTimeK;

    /** One labelled text field (the input kit's), its rule and its message. */
    private final class Field {
        final ValidatedField<Double> input;
        final TextField text;
        final Label error;

        Field(String id, Message refusal, Parser<Double> read, Rule rule, DoubleConsumer store) {
            input = new ValidatedField<>(i18n, "schedules-" + id, typed -> {
                try {
                    double value = read.parse(typed);
                    rule.check(value);
                    return value;
                } catch (IllegalArgumentException e) {
                    throw new Invalid(refusal.key(), refusal.args().toArray());
                }
            });
            text = input.field();
            error = input.error();
            text.setPrefColumnCount(7);
            input.setOnValidEdit(store::accept);
            text.textProperty().addListener((o, was, is) -> publish());
        }

        boolean valid() {
            return input.validProperty().get();
        }
    }

    /** Throws IllegalArgumentException for a value the core would refuse. */
    @FunctionalInterface
    private interface Rule {
        void check(double value);
    }

    ScheduleForm(I18n i18n, SchedulesModel model) {
        this.i18n = i18n;
        this.model = model;
        grid.getStyleClass().add("schedule-form");
        add("lr0", "concepts.schedules.field.lr0", "concepts.schedules.tip.lr0", "concepts.schedules.error.lr0",
                v -> new LearningRateSchedule.Constant(v), v -> initialRate = v);
        add("iterations", "concepts.schedules.field.iterations", "concepts.schedules.tip.iterations",
                Message.of("concepts.schedules.error.iterations", Num.integer(SchedulesSetup.MIN_ITERATIONS),
                        Num.integer(SchedulesSetup.MAX_ITERATIONS)),
                whole(SchedulesSetup.MIN_ITERATIONS, SchedulesSetup.MAX_ITERATIONS), v -> { }, v -> iterations = v);
        add("step-every", "concepts.schedules.field.step-every", "concepts.schedules.tip.step",
                Message.of("concepts.schedules.error.step-every", Num.integer(1),
                        Num.integer(LearningRateSchedule.MAX_ITERATION)),
                whole(1, LearningRateSchedule.MAX_ITERATION), v -> new LearningRateSchedule.StepDecay(1, (int) v, 0.5),
                v -> stepEvery = v);
        add("step-gamma", "concepts.schedules.field.step-gamma", "concepts.schedules.tip.step",
                "concepts.schedules.error.step-gamma", v -> new LearningRateSchedule.StepDecay(1, 1, v),
                v -> stepGamma = v);
        add("exp-k", "concepts.schedules.field.exp-k", "concepts.schedules.tip.exp",
                "concepts.schedules.error.decay", v -> new LearningRateSchedule.Exponential(1, v), v -> exponentialK = v);
        add("inv-k", "concepts.schedules.field.inv-k", "concepts.schedules.tip.inv",
                "concepts.schedules.error.decay", v -> new LearningRateSchedule.InverseTime(1, v), v -> inverseTimeK = v);
        show(model.settingsProperty().get());
        model.settingsProperty().addListener((o, was, is) -> {
            if (!is.equals(edited())) {
                show(is);
            }
        });
        // A reset to the settings already held still clears a field's bad text.
        model.editorsValidProperty().addListener((o, was, is) -> {
            if (is && !allValid()) {
                show(model.settingsProperty().get());
            }
        });
    }

    /** A field for any finite number, checked by {@code rule}. */
    private void add(String id, String labelKey, String tipKey, String errorKey, Rule rule, DoubleConsumer store) {
        add(id, labelKey, tipKey, Message.of(errorKey), Parsers::number, rule, store);
    }

    private void add(String id, String labelKey, String tipKey, Message error, Parser<Double> read, Rule rule,
            DoubleConsumer store) {
        Field field = new Field(id, error, read, rule, store);
        Label label = new Label();
        label.textProperty().bind(i18n.label(labelKey));
        label.setLabelFor(field.text);
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(i18n.label(tipKey));
        tip.setWrapText(true);
        tip.setMaxWidth(360);
        label.setTooltip(tip);
        field.text.setTooltip(tip);
        int row = fields.size() * 2;
        grid.add(label, 0, row);
        grid.add(field.text, 1, row);
        grid.add(field.error, 0, row + 1, 2, 1);
        fields.add(field);
    }

    GridPane view() {
        return grid;
    }

    private boolean allValid() {
        return fields.stream().allMatch(Field::valid);
    }

    /** The fields' settings, or null while one is invalid. */
    private ScheduleSettings edited() {
        return allValid() ? new ScheduleSettings(initialRate, (int) stepEvery, stepGamma, exponentialK, inverseTimeK,
                (int) iterations) : null;
    }

    private void show(ScheduleSettings s) {
        showing = true;
        initialRate = s.initialRate();
        iterations = s.iterations();
        stepEvery = s.stepEvery();
        stepGamma = s.stepGamma();
        exponentialK = s.exponentialK();
        inverseTimeK = s.inverseTimeK();
        double[] values = {initialRate, iterations, stepEvery, stepGamma, exponentialK, inverseTimeK};
        for (int i = 0; i < fields.size(); i++) {
            fields.get(i).input.setText(Num.plain(values[i]));
        }
        showing = false;
    }

    private void publish() {
        if (showing || fields.size() < 6) {
            return;
        }
        ScheduleSettings next = edited();
        if (next == null) {
            model.editInvalid();
        } else {
            model.edit(next);
        }
    }

    /** A whole number in [min, max], written as the input kit reads one (digits, no "1e3" or "2.0"). */
    private static Parser<Double> whole(int min, int max) {
        return typed -> (double) Parsers.wholeInt(typed, min, max);
    }
}
