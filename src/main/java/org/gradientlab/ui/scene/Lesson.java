package org.gradientlab.ui.scene;

import java.util.List;
import java.util.Objects;

import org.gradientlab.ui.i18n.Language;

/**
 * An ordered list of scenes to present, each with presenter notes in English and Korean. A
 * step may take controls out of the window (a focused exercise) and hold parts of the figure
 * back until Reveal (predict, then reveal); both name nodes by their id in the labs' views.
 *
 * @param title the lesson's name in both languages
 */
public record Lesson(Text title, List<Step> steps) {
    /** Lesson files are scene files (.glab) whose root has "steps"; this is their own version. */
    public static final int VERSION = 1;

    /** A text in both UI languages. */
    public record Text(String en, String ko) {
        public Text {
            Objects.requireNonNull(en, "en");
            Objects.requireNonNull(ko, "ko");
        }

        public String in(Language language) {
            return language == Language.KOREAN ? ko : en;
        }

        public Text with(Language language, String text) {
            return language == Language.KOREAN ? new Text(en, text) : new Text(text, ko);
        }
    }

    /**
     * @param hidden ids of controls taken out of the window during this step
     * @param held   ids of nodes (plots, tables) kept invisible until Reveal; empty: nothing to predict
     */
    public record Step(SavedScene scene, Text notes, List<String> hidden, List<String> held) {
        public Step {
            Objects.requireNonNull(scene, "scene");
            Objects.requireNonNull(notes, "notes");
            hidden = List.copyOf(hidden);
            held = List.copyOf(held);
        }

        public Step withNotes(Text next) {
            return new Step(scene, next, hidden, held);
        }
    }

    public Lesson {
        Objects.requireNonNull(title, "title");
        steps = List.copyOf(steps);
    }
}
