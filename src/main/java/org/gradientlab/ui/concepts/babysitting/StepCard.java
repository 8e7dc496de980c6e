package org.gradientlab.ui.concepts.babysitting;

import java.util.List;

import javafx.beans.binding.StringBinding;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.SVGPath;

import org.gradientlab.core.concepts.babysitting.BabysitStep;
import org.gradientlab.core.concepts.babysitting.Check;
import org.gradientlab.core.concepts.babysitting.Readout;
import org.gradientlab.core.concepts.babysitting.StepResult;
import org.gradientlab.core.data.Mnist;
import org.gradientlab.ui.i18n.I18n;
import org.gradientlab.ui.kit.text.Num;

/**
 * One step as a card: the lecture's words, the setting, what is expected beside what was
 * observed, a pass/fail mark and the loss curve of the steps that train. Its Run button sits
 * beside it, outside the card, so that an exported figure holds no controls.
 */
final class StepCard extends HBox {
    static final String KEY = "concepts.babysitting.";
    static final List<String> MARKS = List.of("none", "running", "pass", "fail", "cancelled");
    private static final String TICK = "M2,9 L7,14 L16,4";
    private static final String CROSS = "M3,3 L15,15 M15,3 L3,15";
    private static final String DASH = "M4,9 L14,9";
    /** A loss to five significant digits: ln 10 reads 2.3026, and a loss and the loss at λ = 0 differ visibly. */
    static final int LOSS_DIGITS = 5;
    /** Ratios and settings: three significant digits are enough to compare with the lecture. */
    static final int RATIO_DIGITS = 3;

    private final BabysittingModel.StepState state;
    private final I18n i18n;
    private final SVGPath icon = new SVGPath();
    private final Label markText = new Label();
    private final StackPane mark;
    private LossSpark spark;

    StepCard(BabysittingModel.StepState state, I18n i18n) {
        this.state = state;
        this.i18n = i18n;
        BabysitStep step = state.step;
        String id = step.id();
        String key = KEY + "step." + id;
        getStyleClass().add("babysit-card");
        setId("babysit-card-" + id);

        Label number = new Label(Integer.toString(state.index + 1));
        number.getStyleClass().add("babysit-number");

        Label title = new Label();
        title.textProperty().bind(i18n.label(key + ".title"));
        title.getStyleClass().add("babysit-step-title");
        Label lecture = new Label();
        lecture.textProperty().bind(i18n.label(key + ".lecture"));
        lecture.getStyleClass().add("babysit-lecture");
        lecture.setWrapText(true);
        lecture.setMinHeight(Region.USE_PREF_SIZE);
        Label setting = new Label();
        setting.setId("babysit-setting-" + id);
        setting.textProperty().bind(settingText(step));
        setting.getStyleClass().add("babysit-setting");
        setting.setWrapText(true);
        setting.setMinHeight(Region.USE_PREF_SIZE);
        Tooltip terms = new Tooltip();
        terms.textProperty().bind(i18n.label(KEY + "setting.tip"));
        setting.setTooltip(terms);

        Label expectedName = new Label();
        expectedName.textProperty().bind(i18n.label("concepts.babysitting.expected"));
        Label observedName = new Label();
        observedName.textProperty().bind(i18n.label("concepts.babysitting.observed"));
        Label expected = new Label();
        expected.setId("babysit-expected-" + id);
        expected.textProperty().bind(i18n.label(expectedKey(step.check()), shown(Readout.expected(step))));
        Label observed = new Label();
        observed.setId("babysit-observed-" + id);
        observed.textProperty().bind(observedText());
        GridPane numbers = new GridPane();
        numbers.getStyleClass().add("babysit-numbers");
        numbers.addRow(0, expectedName, expected);
        numbers.addRow(1, observedName, observed);
        expectedName.getStyleClass().add("babysit-numbers-name");
        observedName.getStyleClass().add("babysit-numbers-name");
        expected.getStyleClass().add("babysit-expected");
        observed.getStyleClass().add("babysit-observed");

        VBox text = new VBox(title, lecture, setting, numbers);
        text.getStyleClass().add("babysit-text");
        HBox.setHgrow(text, Priority.ALWAYS);

        icon.getStyleClass().add("babysit-mark-icon");
        markText.setId("babysit-mark-" + id);
        markText.getStyleClass().add("babysit-mark-text");
        VBox markBox = new VBox(new StackPane(icon), markText);
        markBox.setAlignment(Pos.CENTER);
        mark = new StackPane(markBox);
        mark.getStyleClass().add("babysit-mark");

        mark.getStyleClass().add("babysit-side");

        getChildren().addAll(number, text);
        if (step.check().trains()) {
            spark = new LossSpark(step.iterations(), i18n);
            spark.setId("babysit-spark-" + id);
            state.liveLossesProperty().addListener((o, before, now) -> spark.show(now));
            spark.setAxisNames(i18n.label("concepts.babysitting.curve.x"), i18n.label("concepts.babysitting.curve.y"));
            getChildren().add(spark);
        }
        getChildren().add(mark);

        state.resultProperty().addListener((o, before, now) -> refreshMark());
        state.runningProperty().addListener((o, before, now) -> refreshMark());
        refreshMark();
    }

    /** The sentence of what {@code check} expects: {@code concepts.babysitting.expected.<CHECK>}. */
    static String expectedKey(Check check) {
        return KEY + "expected." + check.name();
    }

    /** The word under a mark: none, running, pass, fail or cancelled. */
    static String markKey(String kind) {
        return KEY + "mark." + kind;
    }

    /** A number of a readout as the page writes it: the kit's rule, with the digits its kind needs. */
    static String shown(Readout.Value number) {
        double value = number.value();
        return switch (number.kind()) {
            case LOSS -> loss(value);
            case RATIO -> Num.format(value, RATIO_DIGITS);
            case ACCURACY -> Num.fixed(value, 2);
            case COUNT -> Num.integer((long) value);
        };
    }

    /** A loss as the page writes it, in the observed line and at the clipped peak of the curve. */
    static String loss(double value) {
        return Num.format(value, LOSS_DIGITS);
    }

    private static Object[] shown(List<Readout.Value> numbers) {
        return numbers.stream().map(StepCard::shown).toArray();
    }

    /** The words of the step's setting: images, λ, weight std or lr, batch and updates. */
    private StringBinding settingText(BabysitStep step) {
        String images = Num.integer(step.trainSize());
        String lambda = Num.format(step.weightDecay(), RATIO_DIGITS);
        return switch (step.check()) {
            case NEAR_CHANCE -> i18n.label("concepts.babysitting.setting.loss", images, lambda,
                    Num.format(step.weightInit().std(Mnist.PIXELS), RATIO_DIGITS));
            case ABOVE_BASELINE -> i18n.label("concepts.babysitting.setting.compare", images, lambda,
                    Num.format(step.weightInit().std(Mnist.PIXELS), RATIO_DIGITS));
            default -> i18n.label("concepts.babysitting.setting.train", images, lambda,
                    Num.format(step.learningRate(), RATIO_DIGITS), Num.integer(step.batchSize()),
                    Num.integer(step.iterations()));
        };
    }

    private StringBinding observedText() {
        return i18n.render(() -> {
            StepResult result = state.resultProperty().get();
            if (result == null) {
                return state.runningProperty().get() ? i18n.text("concepts.babysitting.observed.running")
                        : i18n.text("concepts.babysitting.observed.none");
            }
            if (result.outcome() == StepResult.Outcome.CANCELLED) {
                return i18n.text("concepts.babysitting.observed.cancelled");
            }
            Check check = result.step().check();
            String key = KEY + "observed." + check.name()
                    + (check == Check.EXPLODES && result.divergedAt() > 0 ? ".diverged" : "");
            return i18n.text(key, shown(Readout.observed(result)));
        }, state.resultProperty(), state.runningProperty());
    }

    private void refreshMark() {
        StepResult result = state.resultProperty().get();
        String kind;
        if (state.runningProperty().get()) {
            kind = "running";
        } else if (result == null) {
            kind = "none";
        } else {
            kind = switch (result.outcome()) {
                case PASSED -> "pass";
                case FAILED -> "fail";
                case CANCELLED -> "cancelled";
            };
        }
        icon.setContent(switch (kind) {
            case "pass" -> TICK;
            case "fail" -> CROSS;
            default -> DASH;
        });
        i18n.bind(markText.textProperty(), markKey(kind));
        mark.getStyleClass().removeIf(c -> c.startsWith("babysit-mark-is-"));
        mark.getStyleClass().add("babysit-mark-is-" + kind);
        getStyleClass().removeIf(c -> c.startsWith("babysit-card-is-"));
        getStyleClass().add("babysit-card-is-" + kind);
    }
}
