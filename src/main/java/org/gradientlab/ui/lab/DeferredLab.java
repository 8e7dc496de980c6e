package org.gradientlab.ui.lab;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;

import javafx.application.Platform;
import javafx.beans.Observable;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;

/**
 * A lab that is constructed when first used, for the app's window: some labs build forms and
 * charts or compute a first figure in their constructor, and a tab nobody opens should not cost
 * the window's start. Its id, title and pages come from the registry; anything else builds the
 * lab once and asks it. A host given before the lab exists is passed on when it is built.
 * <p>
 * With a placeholder, the lab's view is first a stand-in (its title): the window paints that
 * frame, and the lab is built on the FX thread just after it and takes the stand-in's place, so
 * the first window appears without waiting for the lab's forms and charts. Anything else that
 * needs the lab (a scene opened, a shortcut) builds it at once, and the stand-in makes way.
 */
final class DeferredLab implements Lab {
    private final LabSpec spec;
    private final List<String> pageIds;
    private final Supplier<Lab> factory;
    private final Supplier<Node> placeholder;
    private Lab lab;
    private LabHost host;
    /** The view handed out while the lab did not exist yet; holds the lab's own view once built. */
    private StackPane holder;

    DeferredLab(LabSpec spec, List<String> pageIds, Supplier<Lab> factory) {
        this(spec, pageIds, factory, null);
    }

    /** {@code placeholder} (may be null: none) makes the stand-in shown until the lab is built. */
    DeferredLab(LabSpec spec, List<String> pageIds, Supplier<Lab> factory, Supplier<Node> placeholder) {
        this.spec = spec;
        this.pageIds = List.copyOf(pageIds);
        this.factory = factory;
        this.placeholder = placeholder;
    }

    /** Whether the lab has been constructed yet. */
    boolean built() {
        return lab != null;
    }

    private Lab lab() {
        if (lab == null) {
            lab = factory.get();
            if (host != null) {
                lab.attach(host);
            }
            if (holder != null) {
                holder.getChildren().setAll(lab.view());
            }
        }
        return lab;
    }

    /**
     * The stand-in's holder, which builds the lab after the first frame that shows it: a
     * post-layout pulse listener runs before that frame is rendered, and the build it queues runs
     * after the pulse, while the render thread paints the frame.
     */
    private StackPane holder() {
        StackPane pane = new StackPane(placeholder.get());
        pane.getStyleClass().add("deferred-lab");
        pane.sceneProperty().subscribe(new java.util.function.Consumer<Scene>() {
            private boolean scheduled;

            @Override
            public void accept(Scene scene) {
                if (scene == null || scheduled || lab != null) {
                    return;
                }
                scheduled = true;
                scene.addPostLayoutPulseListener(new Runnable() {
                    @Override
                    public void run() {
                        scene.removePostLayoutPulseListener(this);
                        Platform.runLater(DeferredLab.this::lab);
                    }
                });
            }
        });
        return pane;
    }

    @Override
    public String id() {
        return spec.id();
    }

    @Override
    public String titleKey() {
        return spec.titleKey();
    }

    @Override
    public List<String> pageIds() {
        return pageIds;
    }

    @Override
    public void attach(LabHost host) {
        if (lab == null) {
            this.host = host;
        } else {
            lab.attach(host);
        }
    }

    @Override
    public Node view() {
        if (holder != null) {
            return holder;
        }
        if (lab != null || placeholder == null) {
            return lab().view();
        }
        holder = holder();
        return holder;
    }

    @Override
    public Node exportNode() {
        return lab().exportNode();
    }

    @Override
    public void playPause() {
        lab().playPause();
    }

    @Override
    public void step() {
        lab().step();
    }

    @Override
    public void reset() {
        lab().reset();
    }

    @Override
    public Optional<String> currentPage() {
        return lab().currentPage();
    }

    @Override
    public void showPage(String pageId) {
        lab().showPage(pageId);
    }

    @Override
    public void showView(String viewId) {
        lab().showView(viewId);
    }

    @Override
    public Optional<CompletionStage<Void>> runToEnd(int iterations) {
        return lab().runToEnd(iterations);
    }

    @Override
    public Optional<SetupModel<?>> setupModel(String pageId) {
        return lab().setupModel(pageId);
    }

    @Override
    public List<Node> controlColumns() {
        return lab().controlColumns();
    }

    @Override
    public Optional<Observable> layoutChanges() {
        return lab().layoutChanges();
    }
}
