package org.gradientlab.ui.shell;

import javafx.beans.property.ObjectProperty;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;

/**
 * Lends a node out of its place in the scene graph and puts it back: a stand-in of the same
 * size holds the place meanwhile, and the node keeps its own layout constraints (they live in
 * the node), so once back it is laid out exactly as before.
 */
final class Slot {
    private Slot() {}

    /**
     * Takes {@code node} out of its parent, leaving a stand-in; returns what puts it back, or
     * null when it sits where it cannot be borrowed (no parent, a control's skin).
     */
    static Runnable lend(Node node) {
        Parent parent = node.getParent();
        if (parent == null) {
            return null;
        }
        Region standIn = new Region();
        standIn.setPrefSize(node.getLayoutBounds().getWidth(), node.getLayoutBounds().getHeight());
        ObjectProperty<Node> slot = parent instanceof BorderPane pane ? slotOf(pane, node) : null;
        if (slot != null) {
            slot.set(standIn);
            return () -> slot.set(node);
        }
        if (parent instanceof Pane pane) {
            int index = pane.getChildren().indexOf(node);
            pane.getChildren().set(index, standIn);
            return () -> pane.getChildren().set(index, node);
        }
        for (Parent p = parent; p != null; p = p.getParent()) {
            if (p instanceof ScrollPane scroll && scroll.getContent() == node) {
                scroll.setContent(standIn);
                return () -> scroll.setContent(node);
            }
        }
        return null;
    }

    private static ObjectProperty<Node> slotOf(BorderPane pane, Node node) {
        for (ObjectProperty<Node> slot : java.util.List.of(pane.centerProperty(), pane.leftProperty(),
                pane.rightProperty(), pane.topProperty(), pane.bottomProperty())) {
            if (slot.get() == node) {
                return slot;
            }
        }
        return null;  // a child outside the five slots: an ordinary child
    }
}
