package org.gradientlab.ui.optimizer;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;

import javafx.scene.Node;
import javafx.stage.FileChooser;

import org.gradientlab.ui.export.UserFolders;
import org.gradientlab.ui.i18n.I18n;
import org.gradientlab.ui.lab.LabSpec;
import org.gradientlab.ui.lab.LazyLab;
import org.gradientlab.ui.lab.SetupModel;

/**
 * The optimizer lab: SGD, Momentum, Nesterov, AdaGrad, RMSProp and Adam walking down a 2-D
 * surface, as in figure 6-8 of "Deep Learning from Scratch". Space plays, → steps, R resets.
 */
public final class OptimizerLab extends LazyLab {
    public static final LabSpec SPEC = new LabSpec("optimizer", "lab.optimizer.title", "/css/optimizer-lab.css");
    private final I18n i18n;
    private final OptimizerLabModel model = new OptimizerLabModel();
    private final OptimizerView.FileTarget files;

    public OptimizerLab(I18n i18n) {
        super(SPEC);
        this.i18n = i18n;
        this.files = this::chooseFile;
    }

    /** With a fixed answer to "save where?", for tests. */
    OptimizerLab(I18n i18n, OptimizerView.FileTarget files) {
        super(SPEC);
        this.i18n = i18n;
        this.files = files;
    }

    @Override
    protected OptimizerView createView() {
        return new OptimizerView(model, i18n, files);
    }

    /** The plots with their caption, painted sharp for the snapshot that follows. */
    @Override
    public Node exportNode() {
        return lazyView().figure();
    }

    /** The side column of runs and settings and the results table; the playback bar stays. */
    @Override
    public java.util.List<Node> controlColumns() {
        return lazyView().controls();
    }

    @Override
    public void playPause() {
        model.playPause();
    }

    @Override
    public void step() {
        model.stepForward();
    }

    @Override
    public void reset() {
        model.reset();
    }

    /** The lab's whole setup, for saved scenes; it has no pages. */
    @Override
    public Optional<SetupModel<?>> setupModel(String pageId) {
        return pageId == null ? Optional.of(model) : Optional.empty();
    }

    public OptimizerLabModel model() {
        return model;
    }

    private File lastFolder;

    OptimizerView lazyView() {
        return (OptimizerView) view();
    }

    private Optional<Path> chooseFile(String suggestedName, String extension) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(i18n.text("optimizer.export.chooser", extension.toUpperCase(java.util.Locale.ROOT)));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(extension.toUpperCase(java.util.Locale.ROOT),
                "*." + extension));
        chooser.setInitialFileName(suggestedName);
        chooser.setInitialDirectory((extension.equals("csv") ? UserFolders.DOCUMENTS : UserFolders.PICTURES).start(lastFolder));
        var window = view().getScene() == null ? null : view().getScene().getWindow();
        File file = chooser.showSaveDialog(window);
        if (file != null) {
            lastFolder = file.getParentFile();
        }
        return Optional.ofNullable(file).map(File::toPath);
    }
}
