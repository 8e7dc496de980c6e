package org.gradientlab.ui.lab;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What a lab or page declares of itself, once: the id the command line, the tests and the
 * registry use ("init", "conv"), the i18n key of its title and its stylesheet on the class path.
 * {@link LazyLab} adds the stylesheet to the view it builds; {@link Labs} lists the labs and pages.
 *
 * @param id         lower-case letters and dashes, e.g. "optimizer", "activations"
 * @param titleKey   i18n key of the tab or page title
 * @param stylesheet class-path resource, e.g. "/css/init-lab.css"
 */
public record LabSpec(String id, String titleKey, String stylesheet) {
    private static final Pattern ID = Pattern.compile("[a-z][a-z-]*");

    public LabSpec {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(titleKey, "titleKey");
        Objects.requireNonNull(stylesheet, "stylesheet");
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("a lab id is lower-case letters and dashes, got '" + id + "'");
        }
        if (titleKey.isBlank()) {
            throw new IllegalArgumentException("lab '" + id + "' needs a title key");
        }
        if (LabSpec.class.getResource(stylesheet) == null) {
            throw new IllegalArgumentException("lab '" + id + "': no stylesheet " + stylesheet + " on the class path");
        }
    }

    /** The stylesheet as a scene or node takes it. */
    public String stylesheetUrl() {
        return LabSpec.class.getResource(stylesheet).toExternalForm();
    }
}
