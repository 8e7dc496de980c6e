package org.gradientlab.ui.concepts.activations;

import java.util.EnumMap;
import java.util.Map;

import javafx.beans.value.ObservableValue;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;

import org.gradientlab.core.concepts.activations.ActivationPortrait;
import org.gradientlab.core.concepts.activations.Answer;
import org.gradientlab.core.concepts.activations.Check;
import org.gradientlab.core.concepts.activations.Fact;
import org.gradientlab.ui.i18n.I18n;

/**
 * The seeds' good and bad points as four lines: a mark (✓ helps training, × hurts, ≈ partly),
 * the question, the answer, and under them the reason. Ids: activations-check-&lt;check&gt;-mark,
 * -answer and -reason.
 */
final class ChecklistView extends GridPane {
    private static final String[] MARK_CLASSES = {"check-good", "check-bad", "check-partly"};

    private final Map<Check, Label> marks = new EnumMap<>(Check.class);
    private final Map<Check, Label> answers = new EnumMap<>(Check.class);
    private final Map<Check, Label> reasons = new EnumMap<>(Check.class);

    ChecklistView(I18n i18n, ObservableValue<ActivationPortrait> portrait) {
        getStyleClass().add("activation-checklist");
        ColumnConstraints markColumn = new ColumnConstraints();
        markColumn.setMinWidth(USE_PREF_SIZE);
        ColumnConstraints textColumn = new ColumnConstraints();
        textColumn.setHgrow(Priority.ALWAYS);
        ColumnConstraints answerColumn = new ColumnConstraints();
        answerColumn.setMinWidth(USE_PREF_SIZE);
        getColumnConstraints().addAll(markColumn, textColumn, answerColumn);
        Label title = new Label();
        title.textProperty().bind(i18n.label("concepts.activations.checklist.title"));
        title.getStyleClass().add("checklist-title");
        title.setWrapText(true);
        add(title, 0, 0, 3, 1);
        int row = 1;
        for (Check check : Check.values()) {
            Label mark = new Label();
            mark.setId("activations-check-" + check.key() + "-mark");
            mark.getStyleClass().add("check-mark");
            Label question = new Label();
            question.textProperty().bind(i18n.label(Keys.question(check)));
            question.getStyleClass().add("check-question");
            question.setWrapText(true);
            Tooltip tip = new Tooltip();
            tip.textProperty().bind(i18n.label(Keys.questionTip(check)));
            tip.setWrapText(true);
            tip.setMaxWidth(420);
            question.setTooltip(tip);
            Label answer = new Label();
            answer.setId("activations-check-" + check.key() + "-answer");
            answer.getStyleClass().add("check-answer");
            Label reason = new Label();
            reason.setId("activations-check-" + check.key() + "-reason");
            reason.getStyleClass().add("check-reason");
            reason.setWrapText(true);
            reason.setMinHeight(USE_PREF_SIZE);
            add(mark, 0, row);
            add(question, 1, row);
            add(answer, 2, row);
            add(reason, 1, row + 1, 2, 1);
            marks.put(check, mark);
            answers.put(check, answer);
            reasons.put(check, reason);
            row += 2;
        }
        portrait.addListener((o, before, after) -> show(i18n, after));
        show(i18n, portrait.getValue());
    }

    private void show(I18n i18n, ActivationPortrait portrait) {
        for (Fact fact : portrait.facts()) {
            Check check = fact.check();
            Label mark = marks.get(check);
            boolean partly = fact.answer() == Answer.PARTLY;
            mark.setText(partly ? "≈" : fact.good() ? "✓" : "×");
            mark.getStyleClass().removeAll(MARK_CLASSES);
            mark.getStyleClass().add(partly ? "check-partly" : fact.good() ? "check-good" : "check-bad");
            answers.get(check).textProperty().bind(i18n.label(Keys.answer(fact.answer())));
            reasons.get(check).textProperty().bind(i18n.label(fact.reasonKey()));
        }
    }
}
