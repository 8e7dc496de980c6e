package org.gradientlab.ui.lab;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.VBox;

import org.gradientlab.ui.i18n.I18n;

/**
 * Stands in for a lab whose content has not landed yet: its title, a "coming" badge and one
 * honest paragraph on what the lab will show. No numbers, no fake curves.
 */
public final class ComingSoonLab implements Lab {
    private final String id;
    private final String titleKey;
    private final String bodyKey;
    private final I18n i18n;
    private Node view;

    public ComingSoonLab(String id, String titleKey, String bodyKey, I18n i18n) {
        this.id = id;
        this.titleKey = titleKey;
        this.bodyKey = bodyKey;
        this.i18n = i18n;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String titleKey() {
        return titleKey;
    }

    /** i18n key of the paragraph describing the lab to come. */
    public String bodyKey() {
        return bodyKey;
    }

    @Override
    public Node view() {
        if (view == null) {
            view = createView();
        }
        return view;
    }

    private Node createView() {
        ImageView icon = new ImageView(new Image(ComingSoonLab.class.getResource("/icons/gradient-lab-128.png")
                .toExternalForm()));
        icon.setFitWidth(96);
        icon.setFitHeight(96);
        icon.setSmooth(true);

        Label title = new Label();
        title.textProperty().bind(i18n.label(titleKey));
        title.getStyleClass().add("coming-title");

        Label badge = new Label();
        badge.textProperty().bind(i18n.label("lab.coming.badge"));
        badge.getStyleClass().add("coming-badge");

        Label body = new Label();
        body.textProperty().bind(i18n.label(bodyKey));
        body.getStyleClass().add("coming-body");

        VBox box = new VBox(icon, title, badge, body);
        box.getStyleClass().add("coming");
        box.setId("lab-" + id);
        return box;
    }
}
