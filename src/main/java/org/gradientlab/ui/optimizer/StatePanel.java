package org.gradientlab.ui.optimizer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.ToDoubleFunction;

import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Line;

import org.gradientlab.core.optim.OptimizerKind;
import org.gradientlab.core.optim.OptimizerSettings;
import org.gradientlab.core.surface.StepDetail;
import org.gradientlab.core.surface.Trajectory;
import org.gradientlab.core.surface.Vec2;
import org.gradientlab.ui.i18n.I18n;
import org.gradientlab.ui.widgets.SignedBar;
import org.gradientlab.ui.kit.text.Num;
import org.gradientlab.ui.kit.text.Message;
import org.gradientlab.ui.kit.text.DisplayNames;

/**
 * The chosen run at the current step: its update rule, the same rule with this step's numbers
 * for x and for y (the result of each line is what the run computed next), and the state as
 * numbers with bars that compare x and y. Nothing is computed here; every number comes from
 * the core's {@link StepDetail}.
 */
final class StatePanel extends VBox {
    /** Key prefixes: the update rule of an optimizer id, the name of a state slot. */
    static final String RULE = "optimizer.rule.";
    static final String SLOT = "optimizer.slot.";

    private final OptimizerLabModel model;
    private final I18n i18n;
    private final Label heading = new Label();
    private final Label rule = new Label();
    private final VBox equations = new VBox(2);
    private final GridPane state = new GridPane();
    private final Label note = new Label();

    StatePanel(OptimizerLabModel model, I18n i18n) {
        this.model = model;
        this.i18n = i18n;
        getStyleClass().addAll("control-section", "state-panel");
        setId("optimizer-state");
        heading.getStyleClass().add("section-heading");
        rule.getStyleClass().add("update-rule");
        rule.setWrapText(true);
        equations.getStyleClass().add("equations");
        equations.managedProperty().bind(equations.visibleProperty());
        equations.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(equations.getChildren()));
        state.getStyleClass().add("state-grid");
        note.getStyleClass().add("muted");
        note.setWrapText(true);
        getChildren().addAll(heading, rule, equations, state, note, arrowKey());
        model.currentStepProperty().addListener((obs, old, now) -> refresh());
        model.selectedProperty().addListener((obs, old, now) -> refresh());
        model.runs().forEach(run -> run.trajectoryProperty().addListener((obs, old, now) -> refresh()));
        refresh();
    }

    /** What the two arrows at the current point mean, each with a stroke like its arrow's. */
    private HBox arrowKey() {
        Label update = new Label(null, keyLine(false));
        update.textProperty().bind(i18n.label("optimizer.arrow.update"));
        Label plain = new Label(null, keyLine(true));
        plain.textProperty().bind(i18n.label("optimizer.arrow.gradient"));
        HBox key = new HBox(12, update, plain);
        key.getStyleClass().add("arrow-key");
        return key;
    }

    private static Line keyLine(boolean dashed) {
        Line line = new Line(0, 0, 18, 0);
        line.getStyleClass().add("line");
        if (dashed) {
            line.getStyleClass().add("dashed");
        }
        return line;
    }

    private void refresh() {
        OptimizerKind kind = model.selectedProperty().get();
        Run run = model.run(kind);
        Trajectory trajectory = run.trajectory();
        int step = Math.max(0, Math.min(model.currentStep(), trajectory.points().size() - 1));
        Message name = DisplayNames.of(kind);
        i18n.bind(heading.textProperty(), "optimizer.state.heading", name, step);
        i18n.bind(rule.textProperty(), RULE + kind.id());
        equations.getChildren().clear();
        state.getChildren().clear();
        Optional<StepDetail> detail = StepDetail.of(trajectory, step);
        if (detail.isEmpty()) {
            i18n.bind(note.textProperty(), Endings.note(name, trajectory));
            return;
        }
        StepDetail d = detail.get();
        i18n.bind(note.textProperty(), "optimizer.state.note", step, step + 1);
        if (kind == OptimizerKind.ADAM) {
            addLine(adamRate(d));
        }
        addCoordinate("x", d, Vec2::x);
        addCoordinate("y", d, Vec2::y);
        showState(d);
    }

    private void addLine(String text) {
        Label line = new Label(text);
        line.getStyleClass().add("equation");
        line.setWrapText(true);
        equations.getChildren().add(line);
    }

    private void addCoordinate(String c, StepDetail d, ToDoubleFunction<Vec2> of) {
        for (String line : lines(c, d, of)) {
            addLine(line);
        }
    }

    /** The rule of {@code d}'s optimizer with coordinate {@code c}'s numbers; each line ends in its result. */
    static List<String> lines(String c, StepDetail d, ToDoubleFunction<Vec2> of) {
        OptimizerSettings s = d.settings();
        String w = Num.format(of.applyAsDouble(d.point()));
        String g = Num.operand(of.applyAsDouble(d.gradient()));
        String lr = Num.format(s.learningRate());
        String next = Num.format(of.applyAsDouble(d.next()));
        List<String> out = new ArrayList<>();
        switch (s.kind()) {
            case SGD -> out.add(c + " = " + w + " − " + lr + "·" + g + " = " + next);
            case MOMENTUM -> {
                String a = Num.format(s.momentum());
                out.add("v" + c + " = " + a + "·" + before(d, "v", of) + " − " + lr + "·" + g + " = " + after(d, "v", of));
                out.add(c + " = " + w + " + " + Num.operand(of.applyAsDouble(d.after().get("v"))) + " = " + next);
            }
            case NESTEROV -> {
                String a = Num.format(s.momentum());
                out.add(c + " = " + w + " + " + a + "²·" + before(d, "v", of) + " − (1 + " + a + ")·" + lr + "·" + g
                        + " = " + next);
                out.add("v" + c + " = " + a + "·" + before(d, "v", of) + " − " + lr + "·" + g + " = " + after(d, "v", of));
            }
            case ADAGRAD, RMSPROP -> {
                String h = after(d, "h", of);
                if (s.kind() == OptimizerKind.ADAGRAD) {
                    out.add("h" + c + " = " + before(d, "h", of) + " + " + g + "² = " + h);
                } else {
                    String rho = Num.format(s.decay());
                    out.add("h" + c + " = " + rho + "·" + before(d, "h", of) + " + (1 − " + rho + ")·" + g + "² = " + h);
                }
                out.add(c + " = " + w + " − " + lr + "·" + g + " / (√" + h + " + 1e−7) = " + next);
            }
            case ADAM -> {
                String b1 = Num.format(s.beta1());
                String b2 = Num.format(s.beta2());
                String m0 = before(d, "m", of);
                String v0 = before(d, "v", of);
                out.add("m" + c + " = " + m0 + " + (1 − " + b1 + ")·(" + g + " − " + m0 + ") = " + after(d, "m", of));
                out.add("v" + c + " = " + v0 + " + (1 − " + b2 + ")·(" + g + "² − " + v0 + ") = " + after(d, "v", of));
                out.add(c + " = " + w + " − " + Num.format(d.adamLearningRate().orElseThrow()) + "·"
                        + after(d, "m", of) + " / (√" + after(d, "v", of) + " + 1e−7) = " + next);
            }
            default -> throw new AssertionError(s.kind());
        }
        return out;
    }

    private static String adamRate(StepDetail d) {
        OptimizerSettings s = d.settings();
        int t = d.step() + 1;
        return "t = " + t + ",  η_t = " + Num.format(s.learningRate()) + "·√(1 − " + Num.format(s.beta2()) + "^" + t
                + ") / (1 − " + Num.format(s.beta1()) + "^" + t + ") = " + Num.format(d.adamLearningRate().orElseThrow());
    }

    private static String before(StepDetail d, String slot, ToDoubleFunction<Vec2> of) {
        return Num.operand(of.applyAsDouble(d.before().get(slot)));
    }

    private static String after(StepDetail d, String slot, ToDoubleFunction<Vec2> of) {
        return Num.operand(of.applyAsDouble(d.after().get(slot)));
    }

    /** One row per state slot after the update: name, then x and y as numbers and bars. */
    private void showState(StepDetail d) {
        int row = 0;
        state.addRow(row++, header(""), header("x"), new Label(), header("y"), new Label());
        Map<String, Vec2> rows = new java.util.LinkedHashMap<>();
        rows.put("gradient", d.gradient());
        rows.put("update", d.update());
        rows.putAll(d.after());
        for (Map.Entry<String, Vec2> entry : rows.entrySet()) {
            Vec2 v = entry.getValue();
            // Bars compare the two coordinates: AdaGrad's step size is far larger along x than y.
            double scale = Math.max(Math.abs(v.x()), Math.abs(v.y()));
            Label name = new Label();
            i18n.bind(name.textProperty(), SLOT + entry.getKey());
            name.getStyleClass().add("slot-name");
            name.setWrapText(true);
            state.addRow(row++, name, value(v.x()), bar(v.x(), scale), value(v.y()), bar(v.y(), scale));
        }
    }

    private static Label header(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("slot-header");
        return label;
    }

    private static Label value(double v) {
        Label label = new Label(Num.format(v));
        label.getStyleClass().add("slot-value");
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    private static SignedBar bar(double v, double scale) {
        SignedBar bar = new SignedBar();
        bar.show(v, scale);
        return bar;
    }
}
