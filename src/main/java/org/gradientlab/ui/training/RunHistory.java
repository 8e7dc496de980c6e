package org.gradientlab.ui.training;

import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.ListView;
import javafx.scene.control.cell.CheckBoxListCell;

import org.gradientlab.ui.i18n.I18n;

/** The model's finished runs, newest first, each with a tick that shows it in the charts. */
final class RunHistory {
    private final ListView<FinishedRun> list;

    RunHistory(I18n i18n, ObservableList<FinishedRun> runs) {
        list = new ListView<>(runs);
        list.setId("training-runs");
        list.setCellFactory(view -> new CheckBoxListCell<>(run -> run.shown) {
            @Override
            public void updateItem(FinishedRun run, boolean empty) {
                textProperty().unbind();
                super.updateItem(run, empty);
                if (!empty && run != null) {
                    i18n.bind(textProperty(), run.label);
                }
            }
        });
        list.setPrefHeight(110);
    }

    Node view() {
        return list;
    }
}
