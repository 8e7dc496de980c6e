package org.gradientlab.ui.lab;

import javafx.scene.Node;
import javafx.scene.control.TextField;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** A lab that counts its hook calls, with a text field to take the focus and a fixed-size figure. */
public final class RecordingLab implements Lab {
    public static final double FIGURE_WIDTH = 300;
    public static final double FIGURE_HEIGHT = 170;

    public int playPauses;
    public int steps;
    public int resets;
    public LabHost host;
    private final String id;
    private final TextField field = new TextField();
    private final Region figure = new Region();
    private final VBox view;

    public RecordingLab(String id) {
        this.id = id;
        field.setId(id + "-field");
        figure.setMinSize(FIGURE_WIDTH, FIGURE_HEIGHT);
        figure.setMaxSize(FIGURE_WIDTH, FIGURE_HEIGHT);
        figure.setStyle("-fx-background-color: #3366cc;");
        view = new VBox(10, field, figure);
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String titleKey() {
        return "lab." + id + ".title";
    }

    @Override
    public Node view() {
        return view;
    }

    @Override
    public Node exportNode() {
        return figure;
    }

    public TextField field() {
        return field;
    }

    @Override
    public void playPause() {
        playPauses++;
    }

    @Override
    public void step() {
        steps++;
    }

    @Override
    public void reset() {
        resets++;
    }

    @Override
    public void attach(LabHost value) {
        host = value;
    }
}
