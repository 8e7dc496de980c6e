package org.gradientlab.ui.shell;

import java.util.ArrayList;
import java.util.List;

import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import org.gradientlab.ui.i18n.I18n;
import org.gradientlab.ui.lab.Lab;

/**
 * Presentation mode gives the figure the room (issue 15.2). While it is on, the current lab's
 * control columns ({@link Lab#controlColumns()}) fold into a thin bar at the window's left edge; its
 * button, or C, slides them back in and out. F shows the current figure ({@link Lab#exportNode()},
 * caption included) alone over the whole window, in presentation mode or not; F or Esc puts it
 * back where it was, so the lab's layout is what it was before. The keys are left alone while a
 * control that takes keys has the focus, as the lab keys are.
 * <p>
 * One mechanism for every lab: a lab only names its controls, the shell does the folding.
 */
public final class PresentationLayout {
    private final ObservableValue<Boolean> presentation;
    private final ObservableValue<Lab> currentLab;
    private final BooleanProperty drawerOpen = new SimpleBooleanProperty(this, "drawerOpen");
    private final ReadOnlyBooleanWrapper figureOnly = new ReadOnlyBooleanWrapper(this, "figureOnly");
    private final VBox bar = new VBox();
    private final StackPane figureLayer = new StackPane();
    private final List<Runnable> unfold = new ArrayList<>();
    private final InvalidationListener onLayoutChange = o -> refresh();
    private Observable watchedLab;
    private Runnable putFigureBack;

    PresentationLayout(I18n i18n, ObservableValue<Boolean> presentation, ObservableValue<Lab> currentLab) {
        this.presentation = presentation;
        this.currentLab = currentLab;
        ToggleButton open = new ToggleButton();
        open.setId("presentation-drawer");
        open.textProperty().bind(i18n.label("presentation.controls"));
        open.selectedProperty().bindBidirectional(drawerOpen);
        open.setFocusTraversable(false);
        open.setRotate(-90);
        bar.getChildren().add(new Group(open));
        bar.setAlignment(Pos.TOP_CENTER);
        bar.getStyleClass().add("presentation-bar");
        bar.setId("presentation-bar");
        bar.managedProperty().bind(bar.visibleProperty());
        bar.setVisible(false);

        Label hint = new Label();
        hint.textProperty().bind(i18n.label("presentation.figure-only.hint"));
        hint.getStyleClass().add("figure-only-hint");
        StackPane.setAlignment(hint, Pos.BOTTOM_RIGHT);
        figureLayer.getStyleClass().add("figure-only");
        figureLayer.setId("figure-only");
        figureLayer.setManaged(false);
        figureLayer.setVisible(false);
        figureLayer.getProperties().put(Label.class, hint);

        presentation.addListener(o -> refresh());
        drawerOpen.addListener(o -> refresh());
        currentLab.addListener(o -> {
            setFigureOnly(false);
            refresh();
        });
    }

    /** The thin bar left of the labs that holds the drawer's button; shown while controls are folded away. */
    Node bar() {
        return bar;
    }

    /** The layer that shows the figure alone; the window lays it over everything else. */
    StackPane figureLayer() {
        return figureLayer;
    }

    /** Whether the folded controls are slid back in. */
    public BooleanProperty drawerOpenProperty() {
        return drawerOpen;
    }

    /** Whether the current figure is shown alone. */
    public ReadOnlyBooleanProperty figureOnlyProperty() {
        return figureOnly.getReadOnlyProperty();
    }

    /** F and Esc for the figure alone, C for the drawer. */
    void installKeys(Scene scene) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.isShortcutDown() || event.isAltDown() || event.isShiftDown() || event.isMetaDown()
                    || LabShortcuts.usesKeys(scene.getFocusOwner())) {
                return;
            }
            if (event.getCode() == KeyCode.F) {
                setFigureOnly(!figureOnly.get());
            } else if (event.getCode() == KeyCode.ESCAPE && figureOnly.get()) {
                setFigureOnly(false);
            } else if (event.getCode() == KeyCode.C && bar.isVisible()) {
                drawerOpen.set(!drawerOpen.get());
            } else {
                return;
            }
            event.consume();
        });
    }

    /** Shows the current lab's figure alone over the window, or puts it back in its lab. FX thread. */
    public void setFigureOnly(boolean on) {
        if (on == figureOnly.get()) {
            return;
        }
        if (on) {
            Node figure = currentLab.getValue().exportNode();
            putFigureBack = Slot.lend(figure);
            if (putFigureBack == null) {
                return;  // a figure held where the shell cannot borrow it: stays in its lab
            }
            styleLikeItsLab(figure);
            Label hint = (Label) figureLayer.getProperties().get(Label.class);
            figureLayer.getChildren().setAll(figure, hint);
            figureLayer.setVisible(true);
            figureLayer.toFront();
            figureLayer.getParent().requestLayout();
        } else {
            figureLayer.getChildren().clear();
            figureLayer.setVisible(false);
            putFigureBack.run();
            putFigureBack = null;
        }
        figureOnly.set(on);
    }

    /**
     * A lab's sheet styles its figure from the lab's root (and, for a page, the page's root):
     * the layer takes their sheets and style classes while it holds the figure.
     */
    private void styleLikeItsLab(Node figure) {
        List<String> sheets = new ArrayList<>();
        List<String> classes = new ArrayList<>(List.of("figure-only"));
        for (Parent p = figure.getParent(); p != null; p = p.getParent()) {
            if (!p.getStylesheets().isEmpty()) {
                sheets.addAll(0, p.getStylesheets());
                classes.addAll(p.getStyleClass());
            }
        }
        figureLayer.getStylesheets().setAll(sheets);
        figureLayer.getStyleClass().setAll(classes);
    }

    /** Folds the current lab's controls away in presentation mode with the drawer shut; unfolds them otherwise. */
    private void refresh() {
        unfold.forEach(Runnable::run);
        unfold.clear();
        Lab lab = currentLab.getValue();
        Observable changes = lab.layoutChanges().orElse(null);
        if (changes != watchedLab) {
            if (watchedLab != null) {
                watchedLab.removeListener(onLayoutChange);
            }
            watchedLab = changes;
            if (changes != null) {
                changes.addListener(onLayoutChange);
            }
        }
        boolean on = Boolean.TRUE.equals(presentation.getValue());
        List<Node> controls = on ? lab.controlColumns() : List.of();
        bar.setVisible(!controls.isEmpty());
        if (!drawerOpen.get()) {
            controls.forEach(node -> unfold.add(fold(node)));
        }
    }

    /** Takes {@code node} out of the layout; returns what puts it back as it was. */
    private static Runnable fold(Node node) {
        for (Parent p = node.getParent(); p != null; p = p.getParent()) {
            if (p instanceof SplitPane split && split.getItems().contains(node)) {
                int index = split.getItems().indexOf(node);
                double[] dividers = split.getDividerPositions();
                split.getItems().remove(index);
                return () -> {
                    split.getItems().add(index, node);
                    split.setDividerPositions(dividers);
                    // The text size may change with the mode: the divider goes back once that is laid out.
                    TextSizeChanges.afterNextLayout(split, () -> split.setDividerPositions(dividers));
                };
            }
        }
        if (node.visibleProperty().isBound() || node.managedProperty().isBound()) {
            return () -> {};  // the lab decides when it shows: leave it to the lab
        }
        boolean visible = node.isVisible();
        boolean managed = node.isManaged();
        node.setVisible(false);
        node.setManaged(false);
        return () -> {
            node.setVisible(visible);
            node.setManaged(managed);
        };
    }
}
