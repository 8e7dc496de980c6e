package org.gradientlab.ui.optimizer;

import java.util.Map;

import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.geometry.Pos;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import org.gradientlab.core.surface.ExpressionException;
import org.gradientlab.core.surface.ExpressionParser;
import org.gradientlab.core.surface.PresetSurface;
import org.gradientlab.core.surface.Surface;
import org.gradientlab.core.surface.Vec2;
import org.gradientlab.ui.i18n.I18n;
import org.gradientlab.ui.kit.text.LocalizedChoices;
import org.gradientlab.ui.kit.input.Parsers;
import org.gradientlab.ui.kit.input.ValidatedField;
import org.gradientlab.ui.widgets.SliderField;
import org.gradientlab.ui.kit.text.Num;

/**
 * The surface (a preset or a typed formula, with an inline error that keeps the last good
 * surface), the start point, set by clicking the plot or typed exactly (a teacher repeating the
 * book's (−7, 2) or a lecture's point cannot hit it with a click), and the number of steps.
 */
final class SurfaceControls extends VBox {
    /** The presets' formulas as the parser reads them, shown so a preset can be edited into a formula. */
    static final Map<PresetSurface, String> FORMULAS = Map.of(
            PresetSurface.BOOK, "x^2/20 + y^2",
            PresetSurface.BOWL, "x^2 + y^2",
            PresetSurface.ROSENBROCK, "(1 - x)^2 + 100*(y - x^2)^2",
            PresetSurface.HIMMELBLAU, "(x^2 + y - 11)^2 + (x + y^2 - 7)^2",
            PresetSurface.SADDLE, "x^2 - y^2",
            PresetSurface.BEALE, "(1.5 - x + x*y)^2 + (2.25 - x + x*y^2)^2 + (2.625 - x + x*y^3)^2");
    static final String CUSTOM = "custom";
    /** How far from the origin a typed start may lie: beyond, every surface here overflows at once. */
    static final double START_LIMIT = 1e6;

    private final OptimizerLabModel model;
    private final I18n i18n;
    private final ComboBox<String> presets = new ComboBox<>();
    private final ValidatedField<String> formulaInput;
    private final TextField formula;
    private final StartField startX;
    private final StartField startY;
    private boolean showing;
    private String shownFormula = "";

    /** One typed coordinate of the start; the text it last showed, so leaving it unchanged moves nothing. */
    private final class StartField {
        final ValidatedField<Double> input;
        String shown = "";

        StartField(String id) {
            input = new ValidatedField<>(i18n, id, text -> Parsers.number(text, -START_LIMIT, START_LIMIT));
            input.field().setPrefColumnCount(6);
        }

        void show(double value) {
            shown = Num.plain(Math.rint(value * 1e4) / 1e4);
            input.setText(shown);
        }

        boolean edited() {
            return !input.field().getText().strip().equals(shown);
        }
    }

    SurfaceControls(OptimizerLabModel model, I18n i18n) {
        this.model = model;
        this.i18n = i18n;
        // Any text is a candidate: the surface parser judges it on Enter or when the field is left.
        formulaInput = new ValidatedField<>(i18n, "optimizer-formula", text -> text);
        formula = formulaInput.field();
        startX = new StartField("optimizer-start-x");
        startY = new StartField("optimizer-start-y");
        getStyleClass().add("control-section");
        createView();
        model.surfaceProperty().addListener((obs, old, now) -> show(now));
        show(model.surface());
    }

    private void createView() {
        Label heading = new Label();
        heading.textProperty().bind(i18n.label("optimizer.surface"));
        heading.getStyleClass().add("section-heading");

        presets.setId("optimizer-surface");
        for (PresetSurface preset : PresetSurface.values()) {
            presets.getItems().add(preset.id());
        }
        presets.getItems().add(CUSTOM);
        LocalizedChoices.show(presets, i18n, id -> i18n.text(FigureCaption.SURFACE_NAME + id));
        presets.setMaxWidth(Double.MAX_VALUE);
        presets.valueProperty().addListener((obs, old, id) -> {
            if (showing || id == null) {
                return;
            }
            if (id.equals(CUSTOM)) {
                formula.requestFocus();
                formula.selectAll();
            } else {
                apply(id);
            }
        });

        formula.promptTextProperty().bind(i18n.label("optimizer.formula.prompt"));
        formulaInput.setOnCommit(text -> {
            // Leaving the field unchanged keeps the runs; Enter or an edit applies the formula.
            if (formula.isFocused() || !text.strip().equals(shownFormula)) {
                applyFormula();
            }
        });
        Label formulaLabel = new Label();
        formulaLabel.textProperty().bind(i18n.label("optimizer.formula"));
        formulaLabel.setLabelFor(formula);

        Label start = new Label();
        start.setId("optimizer-start");
        start.setWrapText(true);
        start.getStyleClass().add("muted");
        start.textProperty().bind(i18n.render(() -> i18n.text("optimizer.start",
                Num.format(model.start().x(), 3), Num.format(model.start().y(), 3)),
                model.startProperty()));

        startX.input.setOnCommit(x -> moveStart(new Vec2(x, model.start().y()), startX));
        startY.input.setOnCommit(y -> moveStart(new Vec2(model.start().x(), y), startY));
        Label xLabel = new Label("x");
        xLabel.setLabelFor(startX.input.field());
        Label yLabel = new Label("y");
        yLabel.setLabelFor(startY.input.field());
        HBox startRow = new HBox(6, xLabel, startX.input.field(), yLabel, startY.input.field());
        startRow.setAlignment(Pos.CENTER_LEFT);
        model.startProperty().addListener((obs, old, now) -> showStart(now));
        showStart(model.start());

        SliderField steps = new SliderField(i18n, i18n.label("optimizer.steps"), 1, OptimizerLabModel.MAX_STEPS, true);
        steps.setId("optimizer-steps");
        steps.field().setId("optimizer-steps-field");
        steps.setFormat(v -> Long.toString(Math.round(v)), Math::rint);
        steps.setMessage(text -> i18n.text("optimizer.invalid.steps", text, OptimizerLabModel.MAX_STEPS));
        steps.setReceiver(value -> {
            if (value != Math.rint(value)) {
                throw new IllegalArgumentException("steps must be a whole number, got " + value);
            }
            model.setSteps((int) value);
        });
        steps.show(model.steps());
        model.stepsProperty().addListener((obs, old, now) -> steps.show(now.doubleValue()));

        getChildren().addAll(heading, presets, formulaLabel, formula, formulaInput.error(), start, startRow,
                startX.input.error(), startY.input.error(), steps);
    }

    private void moveStart(Vec2 point, StartField from) {
        if (from.edited()) {
            model.setStart(point);
        }
    }

    private void showStart(Vec2 point) {
        startX.show(point.x());
        startY.show(point.y());
    }

    private void applyFormula() {
        String text = formula.getText();
        PresetSurface preset = FORMULAS.entrySet().stream().filter(e -> e.getValue().equals(text.strip()))
                .map(Map.Entry::getKey).findFirst().orElse(null);
        apply(preset != null ? preset.id() : text);
    }

    private void apply(String nameOrFormula) {
        try {
            model.setSurface(nameOrFormula);
            formulaInput.clearRejection();
        } catch (ExpressionException e) {
            showError(switch (e.kind()) {
                case TOO_LONG -> i18n.text("optimizer.formula.too-long", Integer.parseInt(e.detail()),
                        ExpressionParser.MAX_LENGTH);
                case TOO_DEEP -> i18n.text("optimizer.formula.too-deep", e.position() + 1, ExpressionParser.MAX_DEPTH);
                default -> i18n.text("optimizer.formula.error", e.position() + 1, expected(e));
            });
            formula.positionCaret(Math.min(e.position(), formula.getText().length()));
        } catch (IllegalArgumentException e) {
            showError(i18n.text("optimizer.formula.unknown", nameOrFormula.strip(), String.join(", ", presetIds())));
        }
    }

    /** What the parser expected, worded in the UI's language. */
    private String expected(ExpressionException e) {
        String key = switch (e.kind()) {
            case OPERAND -> "optimizer.formula.expected.operand";
            case OPERATOR_OR_END -> "optimizer.formula.expected.operator-or-end";
            case CHARACTER -> "optimizer.formula.expected.character";
            case NAME -> "optimizer.formula.expected.name";
            case TOO_LONG, TOO_DEEP -> throw new IllegalStateException("limits are worded in apply, not as an expectation");
        };
        return i18n.text(key, e.detail(), ExpressionException.functionNames());
    }

    private void showError(String message) {
        formulaInput.reject(() -> message);
        showing = true;
        presets.setValue(CUSTOM);
        showing = false;
    }

    private static java.util.List<String> presetIds() {
        return java.util.Arrays.stream(PresetSurface.values()).map(PresetSurface::id).toList();
    }

    private void show(Surface surface) {
        showing = true;
        if (surface instanceof PresetSurface preset) {
            presets.setValue(preset.id());
            shownFormula = FORMULAS.get(preset);
        } else {
            presets.setValue(CUSTOM);
            shownFormula = surface.id();
        }
        formula.setText(shownFormula);
        showing = false;
    }
}
