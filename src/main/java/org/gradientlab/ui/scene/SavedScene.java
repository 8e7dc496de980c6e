package org.gradientlab.ui.scene;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What a scene file holds: the lab (and page) on show, every lab's and page's setup record keyed
 * by {@link #key}, and optionally the look. Setups are the labs' own records, each valid by
 * construction, so a scene that exists can be applied.
 *
 * @param version the format's version, {@link #VERSION} when written
 * @param lab     the id of the lab on show
 * @param page    its page on show; null for the lab's first or a lab without pages
 * @param setups  "optimizer", "concepts/activations", ... → that lab's or page's setup record
 * @param look    theme and font scale; null to keep the viewer's own
 */
public record SavedScene(int version, String lab, String page, Map<String, Record> setups, SceneLook look) {
    /**
     * 1: one lab's setup only, as {"lab", "page", "setup"}; 2: every lab's setups and the look.
     * {@link SceneMigration} brings an older file forward.
     */
    public static final int VERSION = 2;
    private static final Pattern ID = Pattern.compile("[a-z][a-z-]*");

    public SavedScene {
        if (version != VERSION) {
            throw new IllegalArgumentException("version must be " + VERSION + " once read, got " + version);
        }
        requireId("lab", lab);
        if (page != null) {
            requireId("page", page);
        }
        // Kept in the order given, so a file lists the labs as the tabs do.
        setups = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(setups, "setups")));
        setups.forEach((key, setup) -> Objects.requireNonNull(setup, "setups." + key));
    }

    /** The key of a lab's own setup ({@code page} null) or of one of its pages: "concepts/conv". */
    public static String key(String lab, String page) {
        return page == null ? lab : lab + "/" + page;
    }

    private static void requireId(String field, String id) {
        if (id == null || !ID.matcher(id).matches()) {
            throw new IllegalArgumentException(field + " must be a lab or page id (lower-case letters and dashes), got "
                    + (id == null ? "nothing" : "'" + id + "'"));
        }
    }
}
