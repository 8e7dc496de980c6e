package org.gradientlab.ui.concepts.conv;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import org.controlsfx.control.SegmentedButton;

import org.gradientlab.core.concepts.conv.ConvPreset;
import org.gradientlab.core.concepts.conv.Field;
import org.gradientlab.core.concepts.conv.FieldProblem;
import org.gradientlab.ui.i18n.I18n;
import org.gradientlab.ui.kit.text.LocalizedChoices;
import org.gradientlab.ui.kit.input.Parser;
import org.gradientlab.ui.kit.input.Parsers;
import org.gradientlab.ui.kit.input.ValidatedField;

/**
 * Left column of the page: convolution or max pooling, the lecture's examples, and one text
 * field per hyperparameter with its message under it. Up and down arrows change a field by one.
 */
final class ConvControls extends VBox {
    /** Prefix of a preset's name key: concepts.conv.preset.lecture-32. */
    private static final String PRESET_NAME = "concepts.conv.preset.";
    private final ConvPageModel model;
    private final I18n i18n;
    private final Map<Field, TextField> fields = new EnumMap<>(Field.class);
    private final Map<Field, ValidatedField<Integer>> inputs = new EnumMap<>(Field.class);
    private final Map<Field, VBox> rows = new EnumMap<>(Field.class);
    private final ComboBox<ConvPreset> presets = new ComboBox<>();
    private boolean showing;
    private boolean syncing;

    ConvControls(ConvPageModel model, I18n i18n) {
        this.model = model;
        this.i18n = i18n;
        getStyleClass().add("conv-controls");
        createView();
        init();
    }

    private void createView() {
        ToggleGroup modes = new ToggleGroup();
        ToggleButton conv = mode("conv-mode-conv", "concepts.conv.mode.conv", modes, false);
        ToggleButton pool = mode("conv-mode-pool", "concepts.conv.mode.pool", modes, true);
        (model.poolingProperty().get() ? pool : conv).setSelected(true);
        model.poolingProperty().addListener((o, was, is) -> (is ? pool : conv).setSelected(true));
        // A click on the selected mode keeps it selected.
        modes.selectedToggleProperty().addListener((o, before, after) -> {
            if (after == null) {
                modes.selectToggle(before);
            }
        });
        // ControlsFX's segmented control: the two modes read as one choice, joined pill-shaped.
        SegmentedButton modeRow = new SegmentedButton(conv, pool);
        modeRow.setToggleGroup(modes);
        modeRow.getStyleClass().add("conv-mode-row");

        presets.setId("conv-preset");
        presets.getItems().setAll(ConvPreset.values());
        // The cells set their text, not bind it: the combo box's skin writes the prompt into its button cell.
        LocalizedChoices.show(presets, i18n, item -> i18n.text(PRESET_NAME + item.id()));
        presets.promptTextProperty().bind(i18n.label("concepts.conv.preset.prompt"));
        presets.setMaxWidth(Double.MAX_VALUE);
        presets.setOnAction(e -> {
            ConvPreset chosen = presets.getValue();
            if (chosen != null && !syncing) {
                model.apply(chosen);
            }
        });
        // The list names the example the fields make, and shows its prompt when they make none.
        model.layerProperty().addListener((o, was, is) -> showPreset());
        showPreset();

        getChildren().addAll(section("concepts.conv.mode"), modeRow, section("concepts.conv.preset"), presets,
                section("concepts.conv.hyper"));
        for (Field f : Field.values()) {
            getChildren().add(fieldRow(f));
        }
        Label general = new Label();
        general.setId("conv-general-formula");
        general.getStyleClass().add("conv-general-formula");
        general.setWrapText(true);
        general.textProperty().bind(i18n.label("concepts.conv.formula.general"));
        getChildren().add(general);
    }

    private ToggleButton mode(String id, String key, ToggleGroup group, boolean pooling) {
        ToggleButton button = new ToggleButton();
        button.setId(id);
        button.textProperty().bind(i18n.label(key));
        button.setToggleGroup(group);
        button.setOnAction(e -> model.setPooling(pooling));
        return button;
    }

    private Label section(String key) {
        Label title = new Label();
        title.textProperty().bind(i18n.label(key));
        title.getStyleClass().add("section-title");
        return title;
    }

    private VBox fieldRow(Field f) {
        String key = "concepts.conv.field." + f.name().toLowerCase(Locale.ROOT);
        String id = "conv-field-" + f.symbol().toLowerCase(Locale.ROOT);
        Label name = new Label();
        name.textProperty().bind(i18n.label(key));
        name.getStyleClass().add("conv-field-name");
        // Any int is read; the model names a value outside its range (with the others in view).
        Parser<Integer> whole = text -> Parsers.wholeInt(text, Integer.MIN_VALUE, Integer.MAX_VALUE);
        ValidatedField<Integer> input = new ValidatedField<>(i18n, id, whole.orSay("concepts.conv.error.number"));
        TextField field = input.field();
        field.setText(Integer.toString(model.value(f)));
        field.setPrefColumnCount(5);
        name.setLabelFor(field);
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(i18n.label(key + "-tip"));
        tip.setWrapText(true);
        tip.setMaxWidth(360);
        field.setTooltip(tip);
        HBox line = new HBox(8, name, field);
        line.setAlignment(Pos.CENTER_LEFT);
        VBox row = new VBox(2, line, input.error());
        row.getStyleClass().add("conv-field-row");
        fields.put(f, field);
        inputs.put(f, input);
        rows.put(f, row);
        return row;
    }

    private void init() {
        for (Field f : Field.values()) {
            TextField field = fields.get(f);
            field.textProperty().addListener((o, was, is) -> {
                if (!showing) {
                    read(f);
                }
            });
            field.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
                if (e.getCode() == KeyCode.UP || e.getCode() == KeyCode.DOWN) {
                    int delta = e.getCode() == KeyCode.UP ? 1 : -1;
                    field.setText(Integer.toString(model.value(f) + delta));
                    e.consume();
                }
            });
            model.valueProperty(f).addListener((o, was, is) -> show(f, is.intValue()));
        }
        // A layer again (a scene, a preset): a field still holding unreadable text shows its value.
        model.layerProperty().addListener((o, was, is) -> {
            if (is != null) {
                for (Field f : Field.values()) {
                    if (inputs.get(f).value().isEmpty()) {
                        show(f, model.value(f));
                    }
                }
            }
        });
        model.problemsProperty().addListener((o, was, is) -> showProblems());
        model.poolingProperty().addListener((o, was, is) -> showMode());
        showMode();
        showProblems();
    }

    private void read(Field f) {
        inputs.get(f).value().ifPresentOrElse(value -> model.set(f, value), () -> model.markUnreadable(f));
        // The problems may be the same as before while this field's text went from unreadable to fine.
        showProblems();
    }

    /** A new value from a preset or a suggestion: into the field unless the text already says it. */
    private void show(Field f, int value) {
        TextField field = fields.get(f);
        if (!Integer.toString(value).equals(field.getText().strip())) {
            showing = true;
            field.setText(Integer.toString(value));
            showing = false;
        }
    }

    private void showPreset() {
        ConvPreset match = null;
        for (ConvPreset p : ConvPreset.values()) {
            if (p.layer().equals(model.layerProperty().get())) {
                match = p;
            }
        }
        syncing = true;
        presets.setValue(match);
        syncing = false;
    }

    private void showMode() {
        boolean pool = model.poolingProperty().get();
        for (Field f : List.of(Field.PADDING, Field.FILTERS)) {
            rows.get(f).setVisible(!pool);
            rows.get(f).setManaged(!pool);
        }
    }

    private void showProblems() {
        for (Field f : Field.values()) {
            ValidatedField<Integer> input = inputs.get(f);
            FieldProblem problem = null;
            for (FieldProblem p : model.problemsProperty().get()) {
                if (p.field() == f) {
                    problem = p;
                }
            }
            // Unreadable text shows the kit's own message; a readable value may break the model's rules.
            if (problem == null || input.value().isEmpty()) {
                input.clearRejection();
            } else {
                FieldProblem p = problem;
                input.reject(() -> p.paddedInput()
                        ? i18n.text("concepts.conv.error.filter-too-big", p.max(), p.value())
                        : i18n.text("concepts.conv.error.range", f.symbol(), p.min(), p.max(), p.value()));
            }
        }
    }

    TextField field(Field f) {
        return fields.get(f);
    }
}
