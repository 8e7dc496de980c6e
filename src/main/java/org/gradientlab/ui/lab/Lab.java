package org.gradientlab.ui.lab;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

import javafx.beans.Observable;
import javafx.scene.Node;
import javafx.scene.layout.BorderPane;

/**
 * One lab of the main window. The shell shows {@link #view()} in its tab titled by
 * {@link #titleKey()}, forwards the keyboard shortcuts to the hooks and exports
 * {@link #exportNode()}. Hooks default to doing nothing, for labs without a timeline.
 */
public interface Lab {
    /** Stable id used on the command line and in tests: "optimizer", "init", "training". */
    String id();

    /** i18n key of the tab title. */
    String titleKey();

    /** The lab's content; built once, called on the FX thread. */
    Node view();

    /** The node a figure is exported from; by default the whole view. */
    default Node exportNode() {
        return view();
    }

    /** Space: start or pause the lab's animation or training. */
    default void playPause() {}

    /** Right arrow: advance by one step. */
    default void step() {}

    /** R: back to the lab's initial state. */
    default void reset() {}

    /** Called once by the window that shows the lab, so a lab can send the learner to another. */
    default void attach(LabHost host) {}

    /** Ids of the lab's sub-pages, for {@link #showPage} and `snapshot --page`; none by default. */
    default List<String> pageIds() {
        return List.of();
    }

    /** The id of the page on show, for a lab with pages; none by default. */
    default Optional<String> currentPage() {
        return Optional.empty();
    }

    /** Shows the sub-page {@code pageId}, one of {@link #pageIds()}. FX thread. */
    default void showPage(String pageId) {
        throw new IllegalArgumentException("lab '" + id() + "' has no page '" + pageId + "'");
    }

    /**
     * Shows the lab's view {@code viewId} (a tab inside it, one of its registry entry's views in
     * {@link Labs#VIEWS}), for `snapshot --view`. FX thread.
     */
    default void showView(String viewId) {
        throw new IllegalArgumentException("lab '" + id() + "' has no view '" + viewId + "'");
    }

    /**
     * `snapshot --run`: starts the work the lab (or its page on show) does by default, as its Run
     * button would, through its own model and job, {@code iterations} long when positive (else its
     * own length), and completes, on the FX thread, once that work has ended and its result is on
     * show; empty for a lab with nothing to run. FX thread.
     */
    default Optional<CompletionStage<Void>> runToEnd(int iterations) {
        return Optional.empty();
    }

    /**
     * The model a saved scene captures and restores for this lab (or, for a lab with pages, its
     * page {@code pageId}, null for the lab itself); none by default. FX thread.
     */
    default Optional<SetupModel<?>> setupModel(String pageId) {
        return Optional.empty();
    }

    /**
     * The lab's control columns, which presentation mode folds into a drawer so the figure gets
     * the room; by default the left side of a {@link BorderPane} view, where most labs keep them.
     * FX thread.
     */
    default List<Node> controlColumns() {
        return view() instanceof BorderPane pane && pane.getLeft() != null ? List.of(pane.getLeft()) : List.of();
    }

    /**
     * Fires when {@link #controlColumns()} and {@link #exportNode()} may name other nodes (a lab with
     * pages shows another); none by default.
     */
    default Optional<Observable> layoutChanges() {
        return Optional.empty();
    }
}
