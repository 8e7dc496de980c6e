package org.gradientlab.ui.optimizer;

import java.util.List;
import java.util.Optional;

import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

import org.gradientlab.core.optim.OptimizerKind;
import org.gradientlab.core.surface.UpdatePart;
import org.gradientlab.core.surface.UpdatePart.Term;
import org.gradientlab.core.surface.UpdateParts;
import org.gradientlab.core.surface.Vec2;
import org.gradientlab.ui.i18n.I18n;
import org.gradientlab.ui.kit.text.DisplayNames;
import org.gradientlab.ui.kit.text.Num;
import org.gradientlab.ui.widgets.TextButton;

/**
 * "Take apart" in the optimizer lab's side, shown while the mode is on (its toggle sits in the
 * playback bar): back and forward through the parts of the
 * selected run's update (also [ and ] anywhere in the lab), the rule line by line with the part's
 * line highlighted, the part's formula with its numbers, what it means, and what the solid
 * arrows add up to. The numbers come from the core's {@link UpdateParts}; here they are only
 * formatted.
 */
final class TakeApartPanel extends VBox {
    /** Key prefix of a part's name; its explanation is at the name's key + ".note". */
    static final String PART = "optimizer.part.";
    static final String CURRENT_LINE = "current-line";

    private final OptimizerLabModel model;
    private final UpdateWalk walk;
    private final I18n i18n;
    private final Label heading = new Label();
    private final VBox lines = new VBox(2);
    private final Label numbers = new Label();
    private final Label note = new Label();
    private final Label sum = new Label();
    private final ToggleButton toggle = new ToggleButton();
    private final EventHandler<KeyEvent> keys = this::key;

    TakeApartPanel(OptimizerLabModel model, I18n i18n) {
        this.model = model;
        this.walk = model.walk();
        this.i18n = i18n;
        getStyleClass().addAll("control-section", "take-apart");
        setId("optimizer-take-apart-panel");
        setSpacing(6);

        toggle.setId("optimizer-take-apart");
        toggle.textProperty().bind(i18n.label("optimizer.take-apart"));
        toggle.selectedProperty().bindBidirectional(walk.onProperty());
        Button back = TextButton.of(i18n, "optimizer-part-previous", "optimizer.take-apart.previous", walk::previous);
        Button forward = TextButton.of(i18n, "optimizer-part-next", "optimizer.take-apart.next", walk::next);
        toggle.setFocusTraversable(false);

        heading.setId("take-apart-heading");
        heading.getStyleClass().add("section-heading");
        heading.setWrapText(true);
        lines.getStyleClass().add("equations");
        numbers.setId("take-apart-numbers");
        numbers.getStyleClass().addAll("equation", "part-numbers");
        numbers.setWrapText(true);
        note.setId("take-apart-note");
        note.setWrapText(true);
        sum.setId("take-apart-sum");
        sum.getStyleClass().add("muted");
        sum.setWrapText(true);
        getChildren().addAll(heading, new FlowPane(6, 6, back, forward), lines, numbers, note, sum);
        // Off, the panel takes no room: the toggle lives in the playback bar ({@link #toggle()}).
        visibleProperty().bind(walk.onProperty());
        managedProperty().bind(visibleProperty());

        walk.partsProperty().addListener((obs, old, now) -> refresh());
        walk.indexProperty().addListener((obs, old, now) -> refresh());
        sceneProperty().addListener((obs, old, now) -> {
            if (old != null) {
                old.removeEventFilter(KeyEvent.KEY_PRESSED, keys);
            }
            if (now != null) {
                now.addEventFilter(KeyEvent.KEY_PRESSED, keys);
            }
        });
        refresh();
    }

    /** The button that turns the mode on and off, for the playback bar. */
    ToggleButton toggle() {
        return toggle;
    }

    /** ] forward, [ back, while this lab is on show and no text field has the keys. */
    private void key(KeyEvent e) {
        boolean forward = e.getCode() == KeyCode.CLOSE_BRACKET;
        boolean back = e.getCode() == KeyCode.OPEN_BRACKET;
        Scene scene = getScene();
        if (!(forward || back) || e.isShortcutDown() || e.isAltDown() || !showing()
                || scene.getFocusOwner() instanceof TextInputControl) {
            return;
        }
        if (forward) {
            walk.next();
        } else {
            walk.previous();
        }
        e.consume();
    }

    /** Visible up to the window (not in a tab that is not selected); the panel itself may be off. */
    private boolean showing() {
        for (Node n = getParent(); n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return getScene() != null;
    }

    private void refresh() {
        OptimizerKind kind = model.selectedProperty().get();
        List<UpdatePart> parts = walk.parts();
        Optional<UpdatePart> current = walk.current();
        lines.getChildren().clear();
        List<String> rule = List.of(i18n.text(StatePanel.RULE + kind.id()).split(";\\s*"));
        for (int i = 0; i < rule.size(); i++) {
            int at = i;
            Label line = new Label();
            line.setId("take-apart-line-" + i);
            line.textProperty().bind(i18n.render(() -> ruleLine(kind, at)));
            line.getStyleClass().add("equation");
            if (current.isPresent() && current.get().line() == i) {
                line.getStyleClass().add(CURRENT_LINE);
            }
            lines.getChildren().add(line);
        }
        if (current.isEmpty()) {
            i18n.bind(heading.textProperty(), "optimizer.take-apart.none", DisplayNames.of(kind));
            numbers.setText("");
            note.textProperty().unbind();
            note.setText("");
            sum.textProperty().unbind();
            sum.setText("");
            return;
        }
        UpdatePart part = current.get();
        i18n.bind(heading.textProperty(), "optimizer.take-apart.heading", parts.indexOf(part) + 1, parts.size(),
                i18n.label(PART + part.id()), DisplayNames.of(kind), model.currentStep());
        numbers.setText(numbers(part));
        i18n.bind(note.textProperty(), PART + part.id() + ".note");
        Vec2Text total = new Vec2Text(UpdateParts.displacement(parts.subList(0, parts.indexOf(part) + 1)));
        i18n.bind(sum.textProperty(), "optimizer.take-apart.sum", total.x, total.y);
    }

    private String ruleLine(OptimizerKind kind, int i) {
        String[] rule = i18n.text(StatePanel.RULE + kind.id()).split(";\\s*");
        return i < rule.length ? rule[i] : "";
    }

    /** The part's formula in symbols, with its numbers, and its value: "α·v = 0.9·(0.07, −0.4) = (0.063, −0.36)". */
    static String numbers(UpdatePart part) {
        String substituted = part.fill(part.terms().stream().map(TakeApartPanel::operand).toList());
        String value = value(part.value());
        String symbolic = part.symbolic();
        return switch (part.role()) {
            case STATE -> part.value().symbol() + " = " + symbolic + " = " + substituted + " = " + value;
            case STEP -> "W ← " + symbolic + " = " + substituted + " = " + value;
            default -> symbolic + " = " + substituted + " = " + value;
        };
    }

    private static String operand(Term term) {
        return term.pair() ? value(term) : Num.operand(term.x());
    }

    private static String value(Term term) {
        return term.pair() ? "(" + Num.format(term.x()) + ", " + Num.format(term.y()) + ")" : Num.format(term.x());
    }

    /** A pair's two numbers, formatted. */
    private record Vec2Text(String x, String y) {
        Vec2Text(Vec2 v) {
            this(Num.format(v.x()), Num.format(v.y()));
        }
    }
}
