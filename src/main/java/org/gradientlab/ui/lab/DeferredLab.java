package org.gradientlab.ui.lab;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;

import javafx.beans.Observable;
import javafx.scene.Node;

/**
 * A lab that is constructed when first used, for the app's window: some labs build forms and
 * charts or compute a first figure in their constructor, and a tab nobody opens should not cost
 * the window's start. Its id, title and pages come from the registry; anything else builds the
 * lab once and asks it. A host given before the lab exists is passed on when it is built.
 */
final class DeferredLab implements Lab {
    private final LabSpec spec;
    private final List<String> pageIds;
    private final Supplier<Lab> factory;
    private Lab lab;
    private LabHost host;

    DeferredLab(LabSpec spec, List<String> pageIds, Supplier<Lab> factory) {
        this.spec = spec;
        this.pageIds = List.copyOf(pageIds);
        this.factory = factory;
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
        }
        return lab;
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
        return lab().view();
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
