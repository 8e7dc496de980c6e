package org.gradientlab.ui.scene;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Brings an older scene file forward to {@link SavedScene#VERSION}, one version at a time, on
 * the JSON tree before it is read, so the records only ever know the current form.
 */
final class SceneMigration {
    private SceneMigration() {}

    /** {@code scene} of {@code version} (1..VERSION) in the current form; the tree is changed in place. */
    static ObjectNode forward(ObjectNode scene, int version) {
        if (version < 2) {
            to2(scene);
        }
        addedFields(scene);
        return scene;
    }

    /**
     * Fields a setup gained within the current version, given the value a file written before
     * them meant (reading is strict, so without this an older file would not open): the
     * optimizer lab's gradient noise, σ = 0 (the book's exact paths), and its "dimension" (the
     * 3-D view), the map only.
     */
    private static void addedFields(ObjectNode scene) {
        if (scene.path("setups").path("optimizer") instanceof ObjectNode optimizer) {
            if (!optimizer.has("noise")) {
                optimizer.putObject("noise").put("sigma", 0.0).put("seed", 0L);
            }
            if (!optimizer.has("dimension")) {
                optimizer.put("dimension", "two-d");
            }
        }
        // The loss-landscape page's second net (issue 18.3): no comparison, against Adam without batch norm.
        if (scene.path("setups").path("concepts/landscape") instanceof ObjectNode landscape
                && !landscape.has("compare")) {
            landscape.put("compare", false).put("compareOptimizer", "adam").put("compareBatchNorm", false);
        }
    }

    /**
     * Version 1 held the lab on show only: {"lab", "page", "setup"}. Version 2 keys every setup
     * by lab (and page) under "setups", and may carry the look.
     */
    private static void to2(ObjectNode scene) {
        ObjectNode labs = SceneJson.emptyObject();
        if (scene.has("setup")) {
            String page = scene.path("page").isTextual() ? scene.get("page").asText() : null;
            labs.set(SavedScene.key(scene.path("lab").asText(), page), scene.remove("setup"));
        }
        scene.set("setups", labs);
        if (!scene.has("page")) {
            scene.putNull("page");
        }
        scene.putNull("look");
        scene.put("version", 2);
    }
}
