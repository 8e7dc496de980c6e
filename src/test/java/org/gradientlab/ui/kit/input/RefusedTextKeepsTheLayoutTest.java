package org.gradientlab.ui.kit.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import org.gradientlab.ui.OnFx;
import org.gradientlab.ui.UiTestKit;
import org.gradientlab.ui.i18n.I18n;
import org.gradientlab.ui.i18n.Language;
import org.gradientlab.ui.shell.MainView;
import org.gradientlab.ui.theme.Appearance;

/**
 * Issue 15: a refused number's message under its field wraps inside the panel it sits in. It
 * widened the training lab's sidebar by about 30 px (the message asked for its one-line width),
 * so the figure beside it jumped. On every lab and page, in English and Korean, at 100 % and
 * 200 % text, each typed field with a message label gets text no parser takes: every box around
 * the field keeps its width, and the message shows.
 */
@ExtendWith(ApplicationExtension.class)
class RefusedTextKeepsTheLayoutTest {
    private I18n i18n;
    private Appearance appearance;
    private Parent view;
    private Scene scene;

    @Start
    void start(Stage stage) {
        UiTestKit.Window window = UiTestKit.mainView(stage, Language.ENGLISH, 100, 1280, 720);
        i18n = window.i18n();
        appearance = window.appearance();
        view = window.view();
        scene = window.scene();
    }

    @Test
    void aRefusedNumberWrapsItsMessageInsideThePanelInBothLanguagesAtOneAndTwiceTheText() {
        List<String> problems = new ArrayList<>();
        int checked = 0;
        for (int scale : new int[] {100, 200}) {
            for (Language language : Language.values()) {
                OnFx.call(() -> {
                    appearance.setFontScale(scale);
                    i18n.setLanguage(language);
                    return null;
                });
                for (String place : UiTestKit.places()) {
                    UiTestKit.show((MainView) view, place);
                    UiTestKit.settle(scene);
                    for (String id : OnFx.call(this::fieldsWithMessages)) {
                        String where = scale + " % " + language.id() + " " + place + " #" + id;
                        // Read once the layout holds still: after the place came up or the last field's text came back.
                        List<Double> before = UiTestKit.steady(scene, 3, () -> widths(field(id)));
                        String text = OnFx.call(() -> field(id).getText());
                        OnFx.call(() -> {
                            field(id).setText("@@");
                            return null;
                        });
                        Refusal after = UiTestKit.steady(scene, 3, () -> new Refusal(
                                ((Label) ((MainView) view).currentLab().view().lookup("#" + id + "-error")).isVisible(),
                                widths(field(id))));
                        OnFx.call(() -> {
                            field(id).setText(text);
                            return null;
                        });
                        if (!after.shown()) {
                            continue;  // text some parser takes (a formula): nothing to see here
                        }
                        checked++;
                        for (int i = 0; i < before.size(); i++) {
                            if (Math.abs(before.get(i) - after.widths().get(i)) > 0.5) {
                                problems.add(where + ": a box " + i + " levels up went from "
                                        + before.get(i).intValue() + " to " + after.widths().get(i).intValue() + " px wide");
                                break;
                            }
                        }
                    }
                }
            }
        }
        assertTrue(checked >= 20, "refused fields checked: " + checked);
        assertEquals("", String.join("\n", problems), problems.size() + " jumps");
    }

    /** After a refusal: whether the message shows, and the field's boxes' widths. */
    private record Refusal(boolean shown, List<Double> widths) {}

    private TextField field(String id) {
        return (TextField) ((MainView) view).currentLab().view().lookup("#" + id);
    }

    /** Ids of the enabled text fields on show whose message label is in the scene too. */
    private List<String> fieldsWithMessages() {
        List<String> ids = new ArrayList<>();
        Node lab = ((MainView) view).currentLab().view();
        for (Node n : lab.lookupAll(".text-field")) {
            if (n instanceof TextField f && f.getId() != null && onShow(f) && !f.isDisabled()
                    && lab.lookup("#" + f.getId() + "-error") instanceof Label) {
                ids.add(f.getId());
            }
        }
        return ids;
    }

    private static boolean onShow(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return node.getLayoutBounds().getWidth() > 0;
    }

    /** The widths of the field's boxes, from its parent up to the window's content. */
    private static List<Double> widths(Node field) {
        List<Double> widths = new ArrayList<>();
        for (Parent p = field.getParent(); p != null; p = p.getParent()) {
            widths.add(p.getLayoutBounds().getWidth());
        }
        return widths;
    }
}
