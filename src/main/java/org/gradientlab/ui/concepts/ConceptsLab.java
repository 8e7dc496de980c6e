package org.gradientlab.ui.concepts;

import java.util.List;
import java.util.Optional;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import org.gradientlab.ui.i18n.I18n;
import org.gradientlab.ui.lab.Lab;
import org.gradientlab.ui.lab.LabHost;
import org.gradientlab.ui.lab.LabSpec;
import org.gradientlab.ui.lab.LazyLab;
import org.gradientlab.ui.lab.SetupModel;

/**
 * The concepts lab (issue 8): the ideas of CS231n lectures 5–7 and DLFS ch. 6 that the other
 * three labs do not show, one page each. A page is itself a {@link Lab}: the shell's shortcuts
 * and export go to the page on show, and a page may send the learner to another lab.
 * Pages are built when first shown, so a page that loads MNIST costs nothing until opened.
 */
public final class ConceptsLab extends LazyLab {
    public static final String ID = "concepts";
    public static final LabSpec SPEC = new LabSpec(ID, "lab.concepts.title", "/css/concepts-lab.css");

    private final I18n i18n;
    private final List<Lab> pages;
    private final ToggleGroup nav = new ToggleGroup();
    private final StackPane content = new StackPane();
    private final ReadOnlyObjectWrapper<Lab> page = new ReadOnlyObjectWrapper<>(this, "page");
    private ScrollPane navScroll;
    /** Issue 15: at large text or in a narrow window the page list is a drop-down above the page. */
    private final ReadOnlyBooleanWrapper compact = new ReadOnlyBooleanWrapper(this, "compact");
    /** Bumped whenever {@link #controlColumns()} may name other nodes: a new page, or the list folding. */
    private final ReadOnlyIntegerWrapper layoutVersion = new ReadOnlyIntegerWrapper(this, "layoutVersion");
    private HBox compactBar;
    private ComboBox<Lab> pagePicker;

    /**
     * Below this many ems of width the lab is compact: the page list becomes a drop-down and the pages'
     * control columns narrow (concepts-*.css, {@code .concepts-lab:compact}), so the figure keeps about
     * half the window. At 1280 px that is text above about 165 %; at 100 % text a window below about 780 px.
     */
    static final double COMPACT_BELOW_EMS = 60;
    private static final PseudoClass COMPACT = PseudoClass.getPseudoClass("compact");

    public ConceptsLab(I18n i18n, List<Lab> pages) {
        super(SPEC);
        if (pages.isEmpty()) {
            throw new IllegalArgumentException("the concepts lab needs at least one page");
        }
        this.i18n = i18n;
        this.pages = List.copyOf(pages);
    }

    @Override
    protected void viewCreated() {
        showPage(pages.get(0).id());
    }

    @Override
    protected BorderPane createView() {
        Label header = new Label();
        header.textProperty().bind(i18n.label("concepts.nav.header"));
        header.getStyleClass().add("concepts-nav-header");
        VBox buttons = new VBox(header);
        buttons.getStyleClass().add("concepts-nav");
        for (Lab p : pages) {
            ToggleButton button = new ToggleButton();
            button.textProperty().bind(i18n.label(p.titleKey()));
            button.setId("concept-nav-" + p.id());
            button.setUserData(p.id());
            button.setToggleGroup(nav);
            button.setMaxWidth(Double.MAX_VALUE);
            button.getStyleClass().add("concepts-nav-button");
            buttons.getChildren().add(button);
        }
        // A click on the page already shown keeps it shown instead of leaving no page selected.
        nav.selectedToggleProperty().addListener((o, before, after) -> {
            if (after == null) {
                nav.selectToggle(before);
            } else {
                showPage((String) after.getUserData());
            }
        });
        navScroll = new ScrollPane(buttons);
        navScroll.setFitToWidth(true);
        navScroll.getStyleClass().add("concepts-nav-scroll");
        content.getStyleClass().add("concepts-content");

        Label barHeader = new Label();
        barHeader.textProperty().bind(i18n.label("concepts.nav.header"));
        barHeader.getStyleClass().add("concepts-nav-header");
        pagePicker = new ComboBox<>();
        pagePicker.getItems().setAll(pages);
        pagePicker.setId("concept-nav-picker");
        pagePicker.setCellFactory(list -> new PageCell());
        pagePicker.setButtonCell(new PageCell());
        pagePicker.getSelectionModel().selectedItemProperty().addListener((o, before, after) -> {
            if (after != null) {
                showPage(after.id());
            }
        });
        compactBar = new HBox(barHeader, pagePicker);
        compactBar.getStyleClass().add("concepts-nav-bar");
        compactBar.setId("concepts-nav-bar");

        BorderPane root = new BorderPane(content);
        root.setLeft(navScroll);
        root.getStyleClass().add("concepts-lab");
        root.setId("lab-" + ID);
        // The em is read from a label that never leaves the lab: the list's and the bar's headers
        // each leave the scene in turn, and a detached label keeps the font it last had.
        Label em = new Label();
        em.setManaged(false);
        em.setVisible(false);
        root.getChildren().add(em);
        // The window's width counts, not the lab's: in the wide layout at large text the lab's
        // minimum width exceeds the window (1,574 px in 1,280), and would keep it wide
        // (a Korean snapshot at 200 % stayed so).
        Runnable measure = () -> {
            double width = root.getScene() == null ? root.getWidth()
                    : Math.min(root.getWidth(), root.getScene().getWidth());
            compact.set(width > 0 && width < COMPACT_BELOW_EMS * em.getFont().getSize());
        };
        root.widthProperty().addListener(o -> measure.run());
        root.sceneProperty().subscribe(scene -> {
            if (scene != null) {
                scene.widthProperty().addListener(o -> measure.run());
            }
        });
        em.fontProperty().addListener(o -> measure.run());
        compact.addListener((o, was, now) -> {
            root.pseudoClassStateChanged(COMPACT, now);
            root.setLeft(now ? null : navScroll);
            root.setTop(now ? compactBar : null);
            layoutVersion.set(layoutVersion.get() + 1);
        });
        return root;
    }

    @Override
    public List<String> pageIds() {
        return pages.stream().map(Lab::id).toList();
    }

    @Override
    public void showPage(String pageId) {
        Lab next = pages.stream().filter(p -> p.id().equals(pageId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("the concepts lab has no page '" + pageId
                        + "'; pages: " + String.join("|", pageIds())));
        view();
        if (next == page.get()) {
            return;
        }
        page.set(next);
        content.getChildren().setAll(next.view());
        pagePicker.getSelectionModel().select(next);
        layoutVersion.set(layoutVersion.get() + 1);
        nav.getToggles().stream().filter(t -> pageId.equals(t.getUserData())).findFirst().ifPresent(nav::selectToggle);
    }

    /** The page {@code pageId}'s own model; the lab itself keeps no setup but the page on show. */
    @Override
    public Optional<SetupModel<?>> setupModel(String pageId) {
        if (pageId == null) {
            return Optional.empty();
        }
        return pages.stream().filter(p -> p.id().equals(pageId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("the concepts lab has no page '" + pageId
                        + "'; pages: " + String.join("|", pageIds())))
                .setupModel(null);
    }

    @Override
    public Optional<String> currentPage() {
        return Optional.ofNullable(page.get()).map(Lab::id);
    }

    /** The page on show. */
    public ReadOnlyObjectProperty<Lab> pageProperty() {
        return page.getReadOnlyProperty();
    }

    public List<Lab> pages() {
        return pages;
    }

    @Override
    public Node exportNode() {
        view();
        return page.get().exportNode();
    }

    /** The page list and the controls of the page on show. */
    @Override
    public List<Node> controlColumns() {
        view();
        List<Node> all = new java.util.ArrayList<>(List.of(compact.get() ? compactBar : navScroll));
        all.addAll(page.get().controlColumns());
        return all;
    }

    @Override
    public Optional<javafx.beans.Observable> layoutChanges() {
        return Optional.of(layoutVersion.getReadOnlyProperty());
    }

    /** Whether the page list is a drop-down and the control columns narrow (large text or a narrow window). */
    public ReadOnlyBooleanProperty compactProperty() {
        return compact.getReadOnlyProperty();
    }

    /** A page of the drop-down, under its title in the current language. */
    private final class PageCell extends ListCell<Lab> {
        @Override
        protected void updateItem(Lab item, boolean empty) {
            super.updateItem(item, empty);
            textProperty().unbind();
            if (empty || item == null) {
                setText(null);
            } else {
                textProperty().bind(i18n.label(item.titleKey()));
            }
        }
    }

    @Override
    public void playPause() {
        view();
        page.get().playPause();
    }

    @Override
    public Optional<java.util.concurrent.CompletionStage<Void>> runToEnd(int iterations) {
        view();
        return page.get().runToEnd(iterations);
    }

    @Override
    public void step() {
        view();
        page.get().step();
    }

    @Override
    public void reset() {
        view();
        page.get().reset();
    }

    @Override
    public void attach(LabHost host) {
        pages.forEach(p -> p.attach(host));
    }
}
