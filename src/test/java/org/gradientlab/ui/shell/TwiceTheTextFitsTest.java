package org.gradientlab.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Cell;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import org.gradientlab.ui.OnFx;
import org.gradientlab.ui.UiTestKit;
import org.gradientlab.ui.i18n.I18n;
import org.gradientlab.ui.i18n.Language;
import org.gradientlab.ui.theme.Appearance;

/**
 * Issue 15.2, "presentation mode is for the back row": at 1280 × 720 in presentation mode with
 * text at 200 %, on every lab and every page, in English and Korean, every label on show is whole
 * (no ellipsis, no text wider than its box or running off the window) and no word is broken
 * across lines; and the figure keeps most of the window.
 */
@ExtendWith(ApplicationExtension.class)
class TwiceTheTextFitsTest {
    private static final double WIDTH = 1280;
    private static final double HEIGHT = 720;
    private I18n i18n;
    private Appearance appearance;
    private MainView view;

    @Start
    void start(Stage stage) {
        UiTestKit.Window window = UiTestKit.mainView(stage, Language.ENGLISH, 100, WIDTH, HEIGHT);
        i18n = window.i18n();
        appearance = window.appearance();
        view = window.view();
    }

    @Test
    void atTwiceTheTextInPresentationModeEveryLabelIsWholeOnEveryLabAndPageInBothLanguages() {
        OnFx.call(() -> {
            appearance.setPresentation(true);
            appearance.setFontScale(200);
            return null;
        });
        List<String> problems = new ArrayList<>();
        for (Language language : Language.values()) {
            OnFx.call(() -> {
                i18n.setLanguage(language);
                return null;
            });
            for (String place : UiTestKit.places()) {
                UiTestKit.show(view, place);
                UiTestKit.settle();
                problems.addAll(OnFx.call(() -> {
                    List<String> found = new ArrayList<>(notWhole(view, WIDTH, HEIGHT));
                    Node figure = view.currentLab().exportNode();
                    Bounds f = figure.localToScene(figure.getLayoutBounds());
                    if (f.getHeight() < HEIGHT * 0.45 || f.getWidth() < WIDTH * 0.45) {
                        found.add("the figure has only " + (int) f.getWidth() + "×" + (int) f.getHeight());
                    }
                    return found;
                }).stream().map(p -> language.id() + " " + place + ": " + p).toList());
            }
        }
        assertEquals("", String.join("\n", problems), problems.size() + " problems at 200 %");
    }

    @Test
    void theCheckFindsAnEllipsisAWordBrokenAndTextOffTheWindowButNotTextThatFits() {
        List<String> found = OnFx.call(() -> {
            javafx.scene.control.Label cut = new javafx.scene.control.Label("a label far too long for its box");
            cut.setMaxWidth(60);
            javafx.scene.control.Label broken = new javafx.scene.control.Label("incomprehensibilities");
            broken.setWrapText(true);
            broken.setMaxWidth(50);
            javafx.scene.control.Label off = new javafx.scene.control.Label("far away");
            off.setTranslateX(280);
            javafx.scene.control.Label fits = new javafx.scene.control.Label("fits well");
            fits.setWrapText(true);
            fits.setMaxWidth(40);
            javafx.scene.layout.VBox box = new javafx.scene.layout.VBox(cut, broken, off, fits);
            new Scene(box, 300, 200);
            box.applyCss();
            box.layout();
            return notWhole(box, 300, 200);
        });
        assertEquals(true, found.stream().anyMatch(p -> p.startsWith("“a label far too long")), found.toString());
        assertEquals(true, found.stream().anyMatch(p -> p.contains("“incomprehensibilities” is broken across lines")),
                found.toString());
        assertEquals(true, found.stream().anyMatch(p -> p.startsWith("“far away” runs off the window")), found.toString());
        assertEquals(false, found.stream().anyMatch(p -> p.contains("fits well")), found.toString());
    }

    /** What is wrong with the labels and texts on show under {@code root}, one line each. FX thread. */
    static List<String> notWhole(Parent root, double width, double height) {
        List<String> found = new ArrayList<>();
        walk(root, node -> {
            if (node instanceof Labeled labeled && !(node instanceof Cell && ((Cell<?>) node).isEmpty())) {
                String text = labeled.getText();
                if (text == null || text.isBlank()) {
                    return;
                }
                for (Node child : labeled.getChildrenUnmodifiable()) {
                    if (child instanceof Text drawn && drawn.getText() != null
                            && !drawn.getText().strip().equals(text.strip())) {
                        found.add("“" + text + "” shows as “" + drawn.getText() + "”");
                        return;
                    }
                }
                found.addAll(textProblems(labeled, text, labeled.getFont(), width, height));
            } else if (node instanceof Text text && !(node.getParent() instanceof Labeled)
                    && text.getText() != null && !text.getText().isBlank()) {
                found.addAll(textProblems(text, text.getText(), text.getFont(), width, height));
            }
        });
        return found;
    }

    private static List<String> textProblems(Node node, String text, Font font, double width, double height) {
        List<String> found = new ArrayList<>();
        Text drawn = node instanceof Text t ? t : null;
        if (node instanceof Labeled labeled) {
            for (Node child : labeled.getChildrenUnmodifiable()) {
                if (child instanceof Text t) {
                    drawn = t;
                }
            }
        }
        if (drawn == null) {
            return found;
        }
        Bounds box = node.localToScene(node.getLayoutBounds());
        Bounds ink = drawn.localToScene(drawn.getLayoutBounds());
        if (node != drawn && ink.getMaxX() > box.getMaxX() + 1.5) {
            found.add("“" + text + "” is wider than its box (" + (int) ink.getWidth() + " > " + (int) box.getWidth() + ")");
        }
        if (!insideAScrollPane(node) && (ink.getMinX() < -1 || ink.getMaxX() > width + 1
                || ink.getMaxY() > height + 1 || ink.getMinY() < -1)) {
            found.add("“" + text + "” runs off the window at " + (int) ink.getMinX() + "," + (int) ink.getMinY()
                    + " " + (int) ink.getWidth() + "×" + (int) ink.getHeight());
        }
        double wrap = drawn.getWrappingWidth();
        if (wrap > 0 && drawn.getText() != null) {
            // A word whose characters lie on more than one line is broken, however it came to be.
            java.util.regex.Matcher word = java.util.regex.Pattern.compile("\\S+").matcher(drawn.getText());
            while (word.find()) {
                java.util.Set<Long> lines = new java.util.TreeSet<>();
                for (javafx.scene.shape.PathElement e : drawn.rangeShape(word.start(), word.end())) {
                    if (e instanceof javafx.scene.shape.MoveTo move) {
                        lines.add(Math.round(move.getY()));
                    }
                }
                if (lines.size() > 1) {
                    found.add("“" + text + "”: the word “" + word.group() + "” is broken across lines");
                }
            }
        }
        if (wrap > 0) {
            Text word = new Text();
            word.setFont(font);
            for (String w : text.split("\\s+")) {
                word.setText(w);
                if (word.getLayoutBounds().getWidth() > wrap + 0.5) {
                    found.add("“" + text + "”: the word “" + w + "” is broken (" + (int) word.getLayoutBounds().getWidth()
                            + " > " + (int) wrap + ")");
                }
            }
        }
        return found;
    }

    private static boolean insideAScrollPane(Node node) {
        for (Node n = node.getParent(); n != null; n = n.getParent()) {
            if (n instanceof ScrollPane) {
                return true;
            }
        }
        return false;
    }

    private static void walk(Node node, java.util.function.Consumer<Node> each) {
        if (!node.isVisible() || node.getOpacity() == 0) {
            return;
        }
        each.accept(node);
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> walk(child, each));
        }
    }
}
