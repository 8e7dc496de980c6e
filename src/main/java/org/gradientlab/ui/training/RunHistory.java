package org.gradientlab.ui.training;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import org.gradientlab.ui.i18n.I18n;

/**
 * The model's finished runs, newest first, each with a tick that shows it in the charts and a
 * mark when Stop ended it. A run is renamed in place (F2, a double click, the menu or the
 * Rename button; Enter keeps the name, Esc drops it) and removed (Delete, the menu or the
 * Remove button).
 */
final class RunHistory {
    private final TrainingLabModel model;
    private final ListView<FinishedRun> list;
    /** The run whose name is being edited in its cell, or null. */
    private final ObjectProperty<FinishedRun> renaming = new SimpleObjectProperty<>();
    private final VBox view;

    RunHistory(I18n i18n, TrainingLabModel model) {
        this.model = model;
        list = new ListView<>(model.runs());
        list.setId("training-runs");
        list.setCellFactory(v -> new RunCell(i18n));
        list.setPrefHeight(110);
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DELETE || e.getCode() == KeyCode.BACK_SPACE) {
                removeSelected();
                e.consume();
            } else if (e.getCode() == KeyCode.F2) {
                renameSelected();
                e.consume();
            }
        });
        MenuItem rename = new MenuItem();
        rename.textProperty().bind(i18n.label("training.runs.rename"));
        rename.setOnAction(e -> renameSelected());
        MenuItem remove = new MenuItem();
        remove.textProperty().bind(i18n.label("training.runs.remove"));
        remove.setOnAction(e -> removeSelected());
        list.setContextMenu(new ContextMenu(rename, remove));
        Button renameButton = button(i18n, "training-run-rename", "training.runs.rename");
        renameButton.setOnAction(e -> renameSelected());
        Button removeButton = button(i18n, "training-run-remove", "training.runs.remove");
        removeButton.setOnAction(e -> removeSelected());
        HBox buttons = new HBox(6, renameButton, removeButton);
        buttons.setAlignment(Pos.CENTER_LEFT);
        view = new VBox(4, list, buttons);
    }

    private static Button button(I18n i18n, String id, String key) {
        Button button = new Button();
        button.setId(id);
        button.textProperty().bind(i18n.label(key));
        button.setMinWidth(Button.USE_PREF_SIZE);
        return button;
    }

    Node view() {
        return view;
    }

    ListView<FinishedRun> list() {
        return list;
    }

    private void renameSelected() {
        renaming.set(list.getSelectionModel().getSelectedItem());
    }

    private void removeSelected() {
        FinishedRun selected = list.getSelectionModel().getSelectedItem();
        if (selected != null) {
            renaming.set(null);
            model.remove(selected);
        }
    }

    /** A tick and the run's label; while it is renamed, a field with its name. */
    private final class RunCell extends ListCell<FinishedRun> {
        private final CheckBox tick = new CheckBox();
        private final Label text = new Label();
        private final HBox shown = new HBox(6, tick, text);
        private final TextField editor = new TextField();
        private final Tooltip tip = new Tooltip();
        private final I18n i18n;
        private FinishedRun bound;

        RunCell(I18n i18n) {
            this.i18n = i18n;
            shown.setAlignment(Pos.CENTER_LEFT);
            text.getStyleClass().add("training-run-label");
            text.setTooltip(tip);
            editor.setId("training-run-name");
            editor.setOnAction(e -> commit());
            editor.setOnKeyPressed(e -> {
                if (e.getCode() == KeyCode.ESCAPE) {
                    renaming.set(null);
                    e.consume();
                }
            });
            editor.focusedProperty().addListener((o, was, is) -> {
                if (!is && renaming.get() == getItem() && getItem() != null) {
                    commit();
                }
            });
            setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && getItem() != null) {
                    renaming.set(getItem());
                }
            });
            renaming.addListener((o, was, is) -> showEditor());
            setText(null);
        }

        private void commit() {
            FinishedRun run = getItem();
            if (run != null && renaming.get() == run) {
                model.rename(run, editor.getText());
                renaming.set(null);
                list.requestFocus();
            }
        }

        @Override
        protected void updateItem(FinishedRun run, boolean empty) {
            super.updateItem(run, empty);
            if (bound != null) {
                tick.selectedProperty().unbindBidirectional(bound.shown);
                text.textProperty().unbind();
                tip.textProperty().unbind();
                bound = null;
            }
            if (empty || run == null) {
                setGraphic(null);
                return;
            }
            bound = run;
            tick.selectedProperty().bindBidirectional(run.shown);
            text.textProperty().bind(i18n.label(run.label));
            // The list is narrower than a long entry: the whole text on hover.
            tip.textProperty().bind(text.textProperty());
            showEditor();
        }

        private void showEditor() {
            FinishedRun run = getItem();
            if (run != null && renaming.get() == run) {
                editor.setText(run.name.get());
                setGraphic(editor);
                editor.requestFocus();
                editor.selectAll();
            } else {
                setGraphic(isEmpty() || run == null ? null : shown);
            }
        }
    }
}
