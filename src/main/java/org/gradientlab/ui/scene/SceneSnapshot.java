package org.gradientlab.ui.scene;

import java.nio.file.Path;
import java.util.function.BiConsumer;

import org.gradientlab.ui.i18n.I18n;
import org.gradientlab.ui.i18n.Language;
import org.gradientlab.ui.shell.MainView;
import org.gradientlab.ui.theme.Appearance;

/** `snapshot --scene FILE`: the offscreen window is set up from a scene file before it is rendered. */
public final class SceneSnapshot {
    private SceneSnapshot() {}

    /**
     * What prepares the offscreen window: reads {@code file} against its labs, then applies it
     * (lab, page, setups and, when the scene has one, its look). A file that cannot be used
     * throws IllegalArgumentException worded in {@code language}, the command line's error line.
     */
    public static BiConsumer<MainView, Appearance> from(Path file, Language language) {
        return (view, appearance) -> {
            SceneBinding binding = new SceneBinding(view.labs(), view::currentLab, view::select, appearance);
            try {
                binding.apply(SceneFiles.read(file, binding.schema()));
            } catch (SceneError e) {
                throw new IllegalArgumentException("--scene: " + new I18n(language).text(e.message(file.toString())), e);
            }
        };
    }
}
