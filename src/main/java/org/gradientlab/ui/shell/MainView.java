package org.gradientlab.ui.shell;

import java.util.List;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;

import org.gradientlab.ui.i18n.I18n;
import org.gradientlab.ui.lab.Lab;
import org.gradientlab.ui.theme.Appearance;

/** The main window's content: the menu bar over one tab per lab. Also what `snapshot` renders. */
public final class MainView extends BorderPane {
    private final I18n i18n;
    private final List<Lab> labs;
    private final TabPane tabs = new TabPane();
    private final ObjectBinding<Lab> currentLab;
    private final PresentationLayout presentation;
    private final TextFit textFit;

    public MainView(I18n i18n, Appearance appearance, List<Lab> labs, MenuActions actions) {
        if (labs.isEmpty()) {
            throw new IllegalArgumentException("the main window needs at least one lab");
        }
        this.i18n = i18n;
        this.labs = List.copyOf(labs);
        createView(appearance, actions);
        currentLab = Bindings.createObjectBinding(
                () -> this.labs.get(Math.max(0, tabs.getSelectionModel().getSelectedIndex())),
                tabs.getSelectionModel().selectedIndexProperty());
        presentation = new PresentationLayout(i18n, appearance.presentationProperty(), currentLab);
        setLeft(presentation.bar());
        new TextSizeChanges(appearance.effectiveScaleProperty(), currentLab);
        textFit = TextFit.install(this, appearance.effectiveScaleProperty());
        // Over everything, the lesson panel set later included: brought to the front when shown.
        getChildren().add(presentation.figureLayer());
        sceneProperty().subscribe(scene -> {
            if (scene != null && !getProperties().containsKey(PresentationLayout.class)) {
                getProperties().put(PresentationLayout.class, Boolean.TRUE);
                presentation.installKeys(scene);
            }
        });
    }

    /** Presentation mode's drawer for the controls and the figure shown alone. */
    public PresentationLayout presentation() {
        return presentation;
    }

    /**
     * Styles and lays out the window and gives every label that was cut the room for its text at
     * once, as the window does after each layout: for a snapshot, which lays out only once. FX thread.
     */
    public void layoutWithLabelsWhole() {
        textFit.settle();
    }

    @Override
    protected void layoutChildren() {
        super.layoutChildren();
        if (presentation.figureLayer().isVisible()) {
            presentation.figureLayer().resizeRelocate(0, 0, getWidth(), getHeight());
        }
    }

    private void createView(Appearance appearance, MenuActions actions) {
        setTop(new MainMenu(i18n, appearance, actions).createView());
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getStyleClass().add("lab-tabs");
        tabs.setId("lab-tabs");
        for (Lab lab : labs) {
            Tab tab = new Tab();
            tab.textProperty().bind(i18n.label(lab.titleKey()));
            tab.setId("tab-" + lab.id());
            // A lab's content is built when its tab is first shown: the window appears
            // without waiting for labs nobody has opened yet.
            tab.selectedProperty().subscribe(selected -> {
                if (selected && tab.getContent() == null) {
                    tab.setContent(lab.view());
                }
            });
            tabs.getTabs().add(tab);
            lab.attach(this::select);
        }
        setCenter(tabs);
    }

    public List<Lab> labs() {
        return labs;
    }

    /** The lab of the selected tab; shortcuts and export act on it. */
    public ObjectBinding<Lab> currentLabProperty() {
        return currentLab;
    }

    public Lab currentLab() {
        return currentLab.get();
    }

    /** Selects the lab with {@code id}; unknown ids are the caller's bad input. */
    public void select(String id) {
        for (int i = 0; i < labs.size(); i++) {
            if (labs.get(i).id().equals(id)) {
                tabs.getSelectionModel().select(i);
                return;
            }
        }
        throw new IllegalArgumentException("unknown lab '" + id + "'");
    }
}
