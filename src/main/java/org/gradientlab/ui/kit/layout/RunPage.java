package org.gradientlab.ui.kit.layout;

import java.util.function.Supplier;

import javafx.beans.Observable;
import javafx.beans.binding.BooleanExpression;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import org.gradientlab.ui.i18n.I18n;

/**
 * The parts of a page that runs one piece of work and shows its figure (the ensembles and
 * loss-landscape pages): a scrolling column of controls with section titles, run and cancel,
 * progress, a status line and the study's size, beside a centre of figure and explanation. The
 * style classes are those of {@code concepts-run-page.css}, which such a page's sheet imports.
 */
public final class RunPage {
    private final I18n i18n;

    public RunPage(I18n i18n) {
        this.i18n = i18n;
    }

    /** The controls column: {@code content} scrolls vertically at the column's width. */
    public static ScrollPane controlsColumn(Node content) {
        ScrollPane controls = new ScrollPane(content);
        controls.setFitToWidth(true);
        controls.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        controls.getStyleClass().add("run-page-controls-scroll");
        return controls;
    }

    /** One section (or all) of the controls column, spaced as the column's style says. */
    public static VBox controls(Node... children) {
        VBox box = new VBox(children);
        box.getStyleClass().add("run-page-controls");
        return box;
    }

    /** The figure over its explanation; the figure takes the height left. */
    public static VBox center(Region figure, Node explanation) {
        VBox center = new VBox(figure, explanation);
        center.getStyleClass().add("run-page-center");
        VBox.setVgrow(figure, Priority.ALWAYS);
        return center;
    }

    /**
     * Run and cancel side by side: while {@code running} is true, run and {@code settings} are
     * locked and cancel is free; otherwise the other way round.
     */
    public static HBox runButtons(Button run, Button cancel, BooleanExpression running, Node... settings) {
        run.disableProperty().bind(running);
        cancel.disableProperty().bind(running.not());
        for (Node setting : settings) {
            setting.disableProperty().bind(running);
        }
        return new HBox(run, cancel);
    }

    /** A progress bar as wide as the column, showing {@code progress}. */
    public static ProgressBar progress(String id, ObservableValue<? extends Number> progress) {
        ProgressBar bar = new ProgressBar();
        bar.setId(id);
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.progressProperty().bind(progress);
        return bar;
    }

    /** A bold section title from {@code key}. */
    public Label sectionTitle(String key) {
        Label label = new Label();
        label.textProperty().bind(i18n.label(key));
        label.getStyleClass().add("section-title");
        return label;
    }

    /** A button with the text of {@code key} that runs {@code action}. */
    public Button button(String id, String key, Runnable action) {
        Button button = new Button();
        button.setId(id);
        button.textProperty().bind(i18n.label(key));
        button.setOnAction(e -> action.run());
        return button;
    }

    /** The run's status line, worded again when the language or one of {@code on} changes. */
    public Label status(String id, Supplier<String> text, Observable... on) {
        Label label = wrapped("run-page-status");
        label.setId(id);
        label.textProperty().bind(i18n.render(text, on));
        return label;
    }

    /** The study's size in small text under the status, worded again as {@link #status} is. */
    public Label setup(Supplier<String> text, Observable... on) {
        Label label = wrapped("run-page-setup");
        label.textProperty().bind(i18n.render(text, on));
        return label;
    }

    /** A paragraph of the explanation under the figure. */
    public Label paragraph(String key) {
        Label label = wrapped("run-page-paragraph");
        label.textProperty().bind(i18n.label(key));
        return label;
    }

    private static Label wrapped(String styleClass) {
        Label label = new Label();
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        label.getStyleClass().add(styleClass);
        return label;
    }
}
