package org.gradientlab.ui.optimizer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import javafx.application.ConditionalFeature;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.shape.MeshView;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import org.gradientlab.ui.FxFailures;
import org.gradientlab.ui.OnFx;
import org.gradientlab.ui.UiTestKit;
import org.gradientlab.ui.i18n.I18n;
import org.gradientlab.ui.i18n.Language;
import org.gradientlab.ui.optimizer.OptimizerLabModel.Dimension;
import org.gradientlab.ui.theme.Fonts;

/**
 * The 2-D / 3-D / both switch of the optimizer lab, and the 3-D view's camera keys. Headless
 * (Monocle) has no 3-D, so there the view must be a message and the map must stay; on a stack
 * with 3-D the view must hold the mesh instead.
 */
@ExtendWith({FxFailures.class, ApplicationExtension.class})
class Surface3DViewTest {
    private I18n i18n;
    private OptimizerLab lab;
    private OptimizerLabModel model;

    @Start
    void start(Stage stage) {
        Fonts.load();
        i18n = new I18n(Language.ENGLISH);
        lab = new OptimizerLab(i18n, (name, extension) -> Optional.empty());
        model = lab.model();
        UiTestKit.show(stage, lab);
    }

    private static boolean visible(FxRobot robot, String id) {
        Optional<Node> node = robot.lookup(id).tryQuery();
        if (node.isEmpty() || node.get().getScene() == null) {
            return false;
        }
        for (Node n = node.get(); n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;  // a hidden ancestor hides it
            }
        }
        return true;
    }

    @Test
    void theLabOpensOnTheMapAndThe3dViewIsNotMadeUntilAskedFor(FxRobot robot) {
        assertEquals(Dimension.TWO_D, model.dimensionProperty().get());
        assertTrue(visible(robot, "#optimizer-plot"));
        assertFalse(robot.lookup("#optimizer-3d").tryQuery().isPresent());
    }

    @Test
    void choosing3dShowsTheSurfaceOrSaysWhyNotAndNeverABlank(FxRobot robot) {
        robot.clickOn("#optimizer-dimension-three-d");
        assertEquals(Dimension.THREE_D, model.dimensionProperty().get());
        assertFalse(visible(robot, "#optimizer-plot"), "3-D alone replaces the map");
        Surface3DView view = robot.lookup("#optimizer-3d").queryAs(Surface3DView.class);
        if (Platform.isSupported(ConditionalFeature.SCENE3D)) {
            assertTrue(view.supported());
            MeshView mesh = robot.lookup("#optimizer-3d").queryAs(Surface3DView.class).lookupAll("*").stream()
                    .filter(MeshView.class::isInstance).map(MeshView.class::cast).findFirst().orElseThrow();
            assertNotNull(mesh.getMesh(), "the surface is a mesh");
        } else {
            assertFalse(view.supported());
            Label message = robot.lookup("#optimizer-3d-unsupported").queryAs(Label.class);
            assertEquals(i18n.text("optimizer.3d.unsupported"), message.getText());
            assertTrue(message.getText().startsWith("3-D graphics are not available"), message.getText());
            assertTrue(message.getWidth() > 100 && message.getHeight() > 10, "the message is laid out, not squeezed away");
        }
    }

    @Test
    void bothPutsTheMapAndThe3dViewSideBySideAtHalfWidthEach(FxRobot robot) {
        robot.clickOn("#optimizer-dimension-both");
        WaitForAsyncUtils.waitForFxEvents();
        Node plot = robot.lookup("#optimizer-plot").query();
        Node surface = robot.lookup("#optimizer-3d").query();
        Bounds left = OnFx.call(() -> plot.localToScene(plot.getLayoutBounds()));
        Bounds right = OnFx.call(() -> surface.localToScene(surface.getLayoutBounds()));
        assertTrue(left.getMaxX() <= right.getMinX(), "map left, 3-D right: " + left + " / " + right);
        assertEquals(left.getWidth(), right.getWidth(), 2.0, "equal halves");
        assertTrue(left.getWidth() > 150);

        robot.clickOn("#optimizer-dimension-two-d");
        assertTrue(visible(robot, "#optimizer-plot"));
        assertFalse(visible(robot, "#optimizer-3d"), "back to the map alone");
    }

    @Test
    void theDimensionIsPartOfTheSavedSetupAndComesBack() {
        OnFx.call(() -> {
            model.dimensionProperty().set(Dimension.BOTH);
            return null;
        });
        OptimizerSetup saved = model.setup();
        assertEquals(Dimension.BOTH, saved.dimension());
        OnFx.call(() -> {
            model.dimensionProperty().set(Dimension.TWO_D);
            model.apply(saved);
            return null;
        });
        assertEquals(Dimension.BOTH, model.dimensionProperty().get());
    }

    @Test
    void arrowKeysTurnShiftArrowsMovePlusAndMinusZoomAndZeroGoesHome() {
        Surface3DView view = OnFx.call(() -> lab.lazyView().views().surface());
        OrbitCamera home = OrbitCamera.HOME;
        press(view, KeyCode.LEFT, false);
        assertEquals(home.azimuth() + OrbitCamera.KEY_DEGREES, view.orbit().azimuth(), 1e-9);
        press(view, KeyCode.UP, false);
        assertEquals(home.elevation() + OrbitCamera.KEY_DEGREES, view.orbit().elevation(), 1e-9);
        press(view, KeyCode.RIGHT, true);
        assertEquals(OrbitCamera.KEY_PAN, view.orbit().panX(), 1e-9);
        press(view, KeyCode.PLUS, false);
        assertEquals(home.distance() / OrbitCamera.KEY_ZOOM, view.orbit().distance(), 1e-9);
        press(view, KeyCode.MINUS, false);
        assertEquals(home.distance(), view.orbit().distance(), 1e-9);
        press(view, KeyCode.DIGIT0, false);
        assertEquals(home, view.orbit());
    }

    private static void press(Surface3DView view, KeyCode code, boolean shift) {
        OnFx.call(() -> {
            view.key(new KeyEvent(KeyEvent.KEY_PRESSED, "", "", code, shift, false, false, false));
            return null;
        });
    }
}
