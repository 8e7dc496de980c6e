package org.gradientlab.ui.scene;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.gradientlab.ui.lab.Lab;
import org.gradientlab.ui.lab.SetupModel;
import org.gradientlab.ui.theme.Appearance;

/**
 * A window's labs as one scene: captures every lab's and page's setup through
 * {@link Lab#setupModel}, and applies a scene that {@link SceneReader} has checked whole. Labs
 * that gain a setup model join with no change here. FX thread.
 */
public final class SceneBinding {
    private final List<Lab> labs;
    private final Supplier<Lab> current;
    private final Consumer<String> select;
    private final Appearance appearance;

    /**
     * @param current    the lab on show
     * @param select     shows the lab with an id (the window's tabs)
     * @param appearance the window's look, which a scene may carry
     */
    public SceneBinding(List<Lab> labs, Supplier<Lab> current, Consumer<String> select, Appearance appearance) {
        this.labs = List.copyOf(labs);
        this.current = current;
        this.select = select;
        this.appearance = appearance;
    }

    public SceneSchema schema() {
        return SceneSchema.of(labs);
    }

    /** The window as it is: the lab and page on show, every setup, and the look when {@code withLook}. */
    public SavedScene capture(boolean withLook) {
        Map<String, Record> setups = new LinkedHashMap<>();
        for (Lab lab : labs) {
            lab.setupModel(null).ifPresent(m -> setups.put(SavedScene.key(lab.id(), null), m.setup()));
            for (String page : lab.pageIds()) {
                lab.setupModel(page).ifPresent(m -> setups.put(SavedScene.key(lab.id(), page), m.setup()));
            }
        }
        SceneLook look = withLook ? new SceneLook(appearance.themeProperty().get(), appearance.fontScaleProperty().get())
                : null;
        Lab shown = current.get();
        return new SavedScene(SavedScene.VERSION, shown.id(), shown.currentPage().orElse(null), setups, look);
    }

    /**
     * Shows {@code scene}: each setup it holds (labs it does not name keep theirs), its lab and
     * page, its look. Should a lab refuse its setup after all, every lab goes back to the setup
     * it had, and the error is thrown on.
     */
    public void apply(SavedScene scene) {
        SavedScene before = capture(false);
        try {
            applySetups(scene);
        } catch (RuntimeException e) {
            applySetups(before);
            throw e;
        }
        select.accept(scene.lab());
        if (scene.page() != null) {
            lab(scene.lab()).ifPresent(lab -> lab.showPage(scene.page()));
        }
        if (scene.look() != null) {
            appearance.setTheme(scene.look().theme());
            appearance.setFontScale(scene.look().fontScale());
        }
    }

    private void applySetups(SavedScene scene) {
        for (Map.Entry<String, Record> entry : scene.setups().entrySet()) {
            String[] ids = entry.getKey().split("/", 2);
            Lab lab = lab(ids[0]).orElseThrow(() -> new IllegalArgumentException("no lab '" + ids[0] + "'"));
            SetupModel<?> model = lab.setupModel(ids.length == 2 ? ids[1] : null).orElseThrow(
                    () -> new IllegalArgumentException("no setup model for '" + entry.getKey() + "'"));
            applyTo(model, entry.getValue());
        }
    }

    private static <S extends Record> void applyTo(SetupModel<S> model, Record setup) {
        model.apply(model.setupType().cast(setup));
    }

    private Optional<Lab> lab(String id) {
        return labs.stream().filter(l -> l.id().equals(id)).findFirst();
    }
}
