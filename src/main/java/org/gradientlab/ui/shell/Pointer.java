package org.gradientlab.ui.shell;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.Cursor;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Rectangle;
import javafx.scene.shape.Shape;

/**
 * A pointer for projecting (issue 15.7): L turns the mouse into a large laser dot, L again into a
 * spotlight that dims all but a circle around it, and L once more back to the plain cursor. The
 * back row cannot see a 16-pixel arrow on a wall; it sees a red dot ringed in white and black on
 * any theme (the colours are the theme's -gl-pointer-*, yellow-ringed on high contrast). The
 * layer lies over every lab and lets every click through. As with the lab keys, L is left alone
 * while a text field or another control that takes keys has the focus.
 */
public final class Pointer {
    /** What the pointer shows. */
    public enum Mode { OFF, DOT, SPOTLIGHT }

    static final double DOT_RADIUS = 16;
    static final double SPOT_RADIUS = 130;

    private final StackPane root;
    private final Pane layer = new Pane();
    private final Circle dot = new Circle(DOT_RADIUS);
    private final ReadOnlyObjectWrapper<Mode> mode = new ReadOnlyObjectWrapper<>(this, "mode", Mode.OFF);
    private Shape spotlight;
    private double x = -1000;
    private double y = -1000;

    /** Lays the pointer over {@code content}; the scene's root must be {@link #root()}. */
    public Pointer(Parent content) {
        layer.setId("pointer-layer");
        layer.setMouseTransparent(true);
        layer.setPickOnBounds(false);
        layer.setManaged(false);
        dot.setId("pointer-dot");
        // Fill, ring and halo are the theme's -gl-pointer-* (base.css .pointer-dot): a dark halo
        // outside the light ring keeps the dot visible on white and black grounds alike.
        dot.getStyleClass().add("pointer-dot");
        dot.setVisible(false);
        layer.getChildren().add(dot);
        root = new StackPane(content, layer);
        layer.setVisible(false);
    }

    public Parent root() {
        return root;
    }

    public ReadOnlyObjectProperty<Mode> modeProperty() {
        return mode.getReadOnlyProperty();
    }

    /** Follows the mouse and takes the L key in {@code scene}, whose root is {@link #root()}. */
    public void install(Scene scene) {
        scene.addEventFilter(MouseEvent.ANY, e -> {
            if (e.getEventType() == MouseEvent.MOUSE_MOVED || e.getEventType() == MouseEvent.MOUSE_DRAGGED
                    || e.getEventType() == MouseEvent.MOUSE_ENTERED) {
                moveTo(e.getSceneX(), e.getSceneY());
            }
        });
        scene.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() != KeyCode.L || event.isShortcutDown() || event.isAltDown() || event.isShiftDown()
                    || event.isMetaDown() || LabShortcuts.usesKeys(scene.getFocusOwner())) {
                return;
            }
            cycle(scene);
            event.consume();
        });
        root.widthProperty().addListener((o, was, is) -> redraw());
        root.heightProperty().addListener((o, was, is) -> redraw());
    }

    /** Off → dot → spotlight → off. */
    void cycle(Scene scene) {
        Mode next = switch (mode.get()) {
            case OFF -> Mode.DOT;
            case DOT -> Mode.SPOTLIGHT;
            case SPOTLIGHT -> Mode.OFF;
        };
        mode.set(next);
        scene.setCursor(next == Mode.DOT ? Cursor.NONE : null);
        layer.setVisible(next != Mode.OFF);
        redraw();
    }

    void moveTo(double sceneX, double sceneY) {
        x = sceneX;
        y = sceneY;
        if (mode.get() != Mode.OFF) {
            redraw();
        }
    }

    private void redraw() {
        dot.setVisible(mode.get() == Mode.DOT);
        dot.setCenterX(x);
        dot.setCenterY(y);
        layer.getChildren().remove(spotlight);
        spotlight = null;
        if (mode.get() == Mode.SPOTLIGHT) {
            spotlight = Shape.subtract(new Rectangle(root.getWidth(), root.getHeight()), new Circle(x, y, SPOT_RADIUS));
            spotlight.setId("pointer-spotlight");
            spotlight.getStyleClass().add("pointer-spotlight");
            layer.getChildren().add(0, spotlight);
        }
    }
}
