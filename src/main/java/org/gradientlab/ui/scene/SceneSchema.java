package org.gradientlab.ui.scene;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.gradientlab.ui.lab.Lab;
import org.gradientlab.ui.lab.SetupModel;

/**
 * What a scene may name, read from the labs of one window: each lab and its pages, and the
 * setup record type of every lab or page that has a {@link SetupModel}. A lab that gains a
 * setup model joins scenes with no change here.
 *
 * @param pages  lab id → its page ids (empty for a lab without pages)
 * @param setups {@link SavedScene#key} → that lab's or page's setup record type
 */
public record SceneSchema(Map<String, List<String>> pages, Map<String, Class<? extends Record>> setups) {
    public SceneSchema {
        pages = Map.copyOf(pages);
        setups = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(setups));
    }

    public static SceneSchema of(List<Lab> labs) {
        Map<String, List<String>> pages = new LinkedHashMap<>();
        Map<String, Class<? extends Record>> setups = new LinkedHashMap<>();
        for (Lab lab : labs) {
            pages.put(lab.id(), lab.pageIds());
            lab.setupModel(null).ifPresent(m -> setups.put(SavedScene.key(lab.id(), null), m.setupType()));
            for (String page : lab.pageIds()) {
                lab.setupModel(page).ifPresent(m -> setups.put(SavedScene.key(lab.id(), page), m.setupType()));
            }
        }
        return new SceneSchema(pages, setups);
    }

    public Optional<Class<? extends Record>> setupType(String key) {
        return Optional.ofNullable(setups.get(key));
    }

    public boolean hasLab(String lab) {
        return pages.containsKey(lab);
    }

    public boolean hasPage(String lab, String page) {
        return pages.getOrDefault(lab, List.of()).contains(page);
    }
}
