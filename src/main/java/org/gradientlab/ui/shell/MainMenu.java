package org.gradientlab.ui.shell;

import java.util.function.Consumer;
import java.util.function.Function;

import javafx.beans.property.ReadOnlyProperty;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

import org.gradientlab.ui.i18n.I18n;
import org.gradientlab.ui.i18n.Language;
import org.gradientlab.ui.theme.Appearance;
import org.gradientlab.ui.theme.Theme;

/** File, View and Help. Choices in View follow the models both ways, so prefs and menus agree. */
public final class MainMenu {
    static final int[] FONT_SCALES = {100, 125, 150, 175, 200};

    private final I18n i18n;
    private final Appearance appearance;
    private final MenuActions actions;

    public MainMenu(I18n i18n, Appearance appearance, MenuActions actions) {
        this.i18n = i18n;
        this.appearance = appearance;
        this.actions = actions;
    }

    public MenuBar createView() {
        MenuBar bar = new MenuBar(fileMenu(), viewMenu(), helpMenu());
        bar.setId("main-menu");
        return bar;
    }

    private Menu fileMenu() {
        MenuItem export = item("menu.file.export", actions.exportPng());
        export.setAccelerator(new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN));
        MenuItem copy = item("menu.file.copy", actions.copyImage());
        copy.setAccelerator(new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
        MenuItem quit = item("menu.file.quit", actions.quit());
        quit.setAccelerator(new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN));
        MenuItem save = item("menu.file.save-scene", actions.saveScene());
        save.setAccelerator(new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN));
        MenuItem open = item("menu.file.open-scene", actions.openSceneFile());
        open.setAccelerator(new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN));
        return menu("menu.file", open, recentScenes(), save, new SeparatorMenuItem(), export, copy,
                new SeparatorMenuItem(), quit);
    }

    /** Filled each time it opens, so it lists what was opened or saved since, newest first. */
    private Menu recentScenes() {
        Menu recent = menu("menu.file.recent-scenes");
        MenuItem none = item("menu.file.recent-scenes.none", () -> {});
        none.setDisable(true);
        recent.getItems().add(none);
        recent.setOnShowing(e -> {
            var files = actions.recentScenes().get();
            if (files.isEmpty()) {
                recent.getItems().setAll(none);
                return;
            }
            recent.getItems().setAll(files.stream().map(file -> {
                MenuItem item = new MenuItem(String.valueOf(file.getFileName()));
                item.setMnemonicParsing(false);
                item.setOnAction(a -> actions.openScene().accept(file));
                return item;
            }).toList());
        });
        return recent;
    }

    private Menu viewMenu() {
        Menu language = menu("menu.view.language");
        language.getItems().addAll(radios(Language.values(), i18n.languageProperty(), i18n::setLanguage,
                Language::nameKey, l -> "menu-language-" + l.id()));
        Menu theme = menu("menu.view.theme");
        theme.getItems().addAll(radios(Theme.values(), appearance.themeProperty(), appearance::setTheme,
                Theme::nameKey, t -> "menu-theme-" + t.id()));
        Integer[] scales = java.util.Arrays.stream(FONT_SCALES).boxed().toArray(Integer[]::new);
        Menu fontScale = menu("menu.view.font-scale");
        fontScale.getItems().addAll(radios(scales, appearance.fontScaleProperty().asObject(), appearance::setFontScale,
                s -> "menu.view.font-scale.percent", s -> "menu-font-" + s));

        CheckMenuItem presentation = new CheckMenuItem();
        presentation.textProperty().bind(i18n.label("menu.view.presentation"));
        presentation.setId("menu-presentation");
        presentation.setAccelerator(new KeyCodeCombination(KeyCode.F11));
        presentation.setSelected(appearance.presentationProperty().get());
        presentation.selectedProperty().addListener((obs, old, on) -> appearance.setPresentation(on));
        appearance.presentationProperty().addListener((obs, old, on) -> presentation.setSelected(on));
        return menu("menu.view", language, theme, fontScale, new SeparatorMenuItem(), presentation);
    }

    private Menu helpMenu() {
        MenuItem shortcuts = item("menu.help.shortcuts", actions.showShortcuts());
        shortcuts.setAccelerator(new KeyCodeCombination(KeyCode.F1));
        Menu lessons = menu("menu.help.lessons");
        for (String id : actions.lessons()) {
            lessons.getItems().add(item("lesson.title." + id, () -> actions.openLesson().accept(id)));
        }
        lessons.getItems().addAll(new SeparatorMenuItem(), item("menu.help.lessons.new", actions.newLesson()));
        return menu("menu.help", shortcuts, lessons, item("menu.help.about", actions.showAbout()));
    }

    /** One radio item per value; selecting sets the model, a model change selects the item. */
    private <T> RadioMenuItem[] radios(T[] values, ReadOnlyProperty<T> model, Consumer<T> set,
                                       Function<T, String> key, Function<T, String> id) {
        ToggleGroup group = new ToggleGroup();
        RadioMenuItem[] items = new RadioMenuItem[values.length];
        for (int i = 0; i < values.length; i++) {
            T value = values[i];
            RadioMenuItem item = new RadioMenuItem();
            item.textProperty().bind(i18n.label(key.apply(value), value));
            item.setId(id.apply(value));
            item.setToggleGroup(group);
            item.setSelected(value.equals(model.getValue()));
            item.setOnAction(e -> set.accept(value));
            model.addListener((obs, old, now) -> item.setSelected(value.equals(now)));
            items[i] = item;
        }
        return items;
    }

    private MenuItem item(String key, Runnable action) {
        MenuItem item = new MenuItem();
        item.textProperty().bind(i18n.label(key));
        item.setId(key.replace('.', '-'));
        item.setOnAction(e -> action.run());
        return item;
    }

    private Menu menu(String key, MenuItem... items) {
        Menu menu = new Menu();
        menu.textProperty().bind(i18n.label(key));
        menu.setId(key.replace('.', '-'));
        menu.getItems().addAll(items);
        return menu;
    }
}
