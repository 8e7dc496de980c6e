package org.gradientlab.ui.optimizer;

import java.util.ArrayList;
import java.util.List;

import javafx.application.ConditionalFeature;
import javafx.application.Platform;
import javafx.geometry.Point2D;
import javafx.scene.AmbientLight;
import javafx.scene.Group;
import javafx.scene.PerspectiveCamera;
import javafx.scene.PointLight;
import javafx.scene.SceneAntialiasing;
import javafx.scene.SubScene;
import javafx.scene.control.Label;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.scene.paint.PhongMaterial;
import javafx.scene.shape.CullFace;
import javafx.scene.shape.MeshView;
import javafx.scene.shape.Sphere;
import javafx.scene.shape.TriangleMesh;
import javafx.scene.transform.Rotate;
import javafx.scene.transform.Translate;

import org.gradientlab.core.surface.SurfaceMesh;
import org.gradientlab.core.surface.Trajectory;
import org.gradientlab.core.surface.TrajectoryPoint;
import org.gradientlab.ui.i18n.I18n;
import org.gradientlab.ui.kit.plot.PlotCanvas;

/**
 * The surface in 3-D: the mesh coloured by the 2-D map's bands, each shown run's path laid on
 * it up to the playback position with a ball at the current step, and the start. It follows
 * the model as the 2-D plot does (its view, surface, runs and timeline). Drag turns it (with
 * Shift or the right button: moves it), the wheel zooms; with focus, the arrow keys turn
 * (Shift + arrows move), + and − zoom, 0 looks from the start again.
 * <p>
 * Where the graphics stack has no 3-D, a message says so in its place.
 */
final class Surface3DView extends StackPane {
    /** Vertices per side: 64² cells keep a frame cheap on the software pipeline and the valley smooth. */
    static final int SIDE = 65;
    /** The mesh spans 2·HALF world units across, its top HEIGHT above its floor. */
    static final double HALF = 200;
    static final double HEIGHT = 150;
    private static final double LIFT = 1.5;
    // A ball a few pixels across needs no more; the default 64 made each frame build 4000 triangles a ball.
    private static final int MARKER_DIVISIONS = 12;

    private final OptimizerLabModel model;
    private final java.util.function.Supplier<PlotCanvas> styleSource;
    private final boolean supported;
    private OrbitCamera orbit = OrbitCamera.HOME;
    private final Rotate turn = new Rotate(0, Rotate.Y_AXIS);
    private final Rotate tilt = new Rotate(0, Rotate.X_AXIS);
    private final Translate lens = new Translate();
    private final Group paths = new Group();
    // One material per colour for the view's life: a new one each frame costs the GPU an upload.
    private final java.util.Map<Color, PhongMaterial> materials = new java.util.HashMap<>();
    // Made only where 3-D is supported: a 3-D node elsewhere logs a warning for nothing.
    private MeshView surfaceView;
    private PhongMaterial surfaceMaterial;
    private SubScene sub;
    private SurfaceMesh mesh;
    private List<Color> palette = List.of();
    private double pressX;
    private double pressY;
    private OrbitCamera pressOrbit;

    /** @param style a plot on screen, whose theme colours (map, runs, background) this view shares */
    Surface3DView(OptimizerLabModel model, I18n i18n, java.util.function.Supplier<PlotCanvas> style) {
        this.model = model;
        this.styleSource = style;
        getStyleClass().add("surface-3d");
        setId("optimizer-3d");
        setMinSize(160, 120);
        setPrefSize(640, 400);
        supported = Platform.isSupported(ConditionalFeature.SCENE3D);
        if (!supported) {
            Label message = new Label();
            message.setId("optimizer-3d-unsupported");
            message.getStyleClass().add("muted");
            message.setWrapText(true);
            message.textProperty().bind(i18n.label("optimizer.3d.unsupported"));
            getChildren().add(message);
            return;
        }
        build();
    }

    /** Whether the graphics stack draws 3-D here; if not the view is a message. */
    boolean supported() {
        return supported;
    }

    OrbitCamera orbit() {
        return orbit;
    }

    private void build() {
        surfaceView = new MeshView();
        surfaceMaterial = new PhongMaterial();
        surfaceView.setCullFace(CullFace.NONE);
        surfaceView.setMaterial(surfaceMaterial);
        Group world = new Group(surfaceView, paths);
        // Turned about the middle of the mesh's height, so it stays in the middle of the view.
        world.getTransforms().setAll(tilt, turn, new Translate(0, HEIGHT / 2, 0));
        PerspectiveCamera camera = new PerspectiveCamera(true);
        // Near and far as tight as the zoom range allows: a 16-bit depth buffer (software GL) must still
        // tell a path from the surface under it.
        camera.setNearClip(50);
        camera.setFarClip(5_000);
        camera.setFieldOfView(35);
        camera.getTransforms().setAll(lens);
        AmbientLight ambient = new AmbientLight(Color.gray(0.6));
        PointLight sun = new PointLight(Color.gray(0.45));
        sun.getTransforms().setAll(new Translate(-300, -900, -500));
        Group root = new Group(world, ambient, sun);
        sub = new SubScene(root, 640, 400, true, SceneAntialiasing.DISABLED);
        sub.setCamera(camera);
        sub.setFocusTraversable(false);
        // A plain Pane with no preferred size of its own: the sub-scene follows it, never the other way.
        Pane holder = new Pane(sub);
        holder.setMinSize(0, 0);
        holder.setPrefSize(0, 0);
        sub.widthProperty().bind(holder.widthProperty());
        sub.heightProperty().bind(holder.heightProperty());
        getChildren().add(holder);
        setFocusTraversable(true);
        getProperties().put(org.gradientlab.ui.shell.LabShortcuts.USES_KEYS, true);  // → turns here, not steps
        applyOrbit();

        model.viewProperty().addListener((obs, old, now) -> rebuildSurface());
        model.surfaceProperty().addListener((obs, old, now) -> rebuildSurface());
        model.startProperty().addListener((obs, old, now) -> rebuildPaths());
        model.positionProperty().addListener((obs, old, now) -> rebuildPaths());
        model.selectedProperty().addListener((obs, old, now) -> rebuildPaths());
        for (Run run : model.runs()) {
            run.trajectoryProperty().addListener((obs, old, now) -> rebuildPaths());
            run.enabledProperty().addListener((obs, old, now) -> rebuildPaths());
        }
        setOnMousePressed(this::press);
        setOnMouseDragged(this::drag);
        setOnScroll(this::wheel);
        addEventHandler(KeyEvent.KEY_PRESSED, this::key);
        rebuildSurface();
    }

    // --- what it shows -------------------------------------------------------------------------

    private void rebuildSurface() {
        mesh = SurfaceMesh.build(model.surface(), model.viewProperty().get(), SIDE, SIDE,
                ContourLayer.LEVELS, ContourLayer.DECADES);
        double[] points = mesh.points();
        int[] bands = mesh.bands();
        int[] triangles = mesh.triangles();
        TriangleMesh triangleMesh = new TriangleMesh();
        float[] world = new float[points.length];
        for (int i = 0; i < points.length; i += 3) {
            world[i] = (float) (points[i] * HALF);
            world[i + 1] = (float) (-points[i + 2] * HEIGHT);
            world[i + 2] = (float) (points[i + 1] * HALF);
        }
        triangleMesh.getPoints().setAll(world);
        // One texel per band, sampled at its centre: a vertex takes its band's colour.
        int bandCount = mesh.bandCount();
        float[] texCoords = new float[bandCount * 2];
        for (int b = 0; b < bandCount; b++) {
            texCoords[2 * b] = (float) ((b + 0.5) / bandCount);
            texCoords[2 * b + 1] = 0.5f;
        }
        triangleMesh.getTexCoords().setAll(texCoords);
        int[] faces = new int[triangles.length * 2];
        for (int i = 0; i < triangles.length; i++) {
            faces[2 * i] = triangles[i];
            faces[2 * i + 1] = bands[triangles[i]];
        }
        triangleMesh.getFaces().setAll(faces);
        int[] smoothing = new int[triangles.length / 3];
        java.util.Arrays.fill(smoothing, 1);
        triangleMesh.getFaceSmoothingGroups().setAll(smoothing);
        surfaceView.setMesh(triangleMesh);
        palette = List.of();
        refreshColours();
        rebuildPaths();
    }

    /** Takes the theme's colours again when they changed: map bands, background. */
    private void refreshColours() {
        PlotCanvas style = styleSource.get();
        List<Color> now = new ArrayList<>();
        now.add(style.backgroundColour());
        for (int b = 0; b < mesh.bandCount(); b++) {
            now.add(ContourLayer.bandColour(style.fillLowColour(), style.fillHighColour(), b, mesh.bandCount()));
        }
        if (now.equals(palette)) {
            return;
        }
        palette = now;
        sub.setFill(now.get(0));
        int bandCount = mesh.bandCount();
        int[] argb = new int[bandCount];
        for (int b = 0; b < bandCount; b++) {
            argb[b] = ContourLayer.argb(now.get(b + 1));
        }
        WritableImage texture = new WritableImage(bandCount, 1);
        texture.getPixelWriter().setPixels(0, 0, bandCount, 1, PixelFormat.getIntArgbInstance(), argb, 0, bandCount);
        surfaceMaterial.setDiffuseMap(texture);
    }

    private void rebuildPaths() {
        if (mesh == null) {
            return;
        }
        List<javafx.scene.Node> nodes = new ArrayList<>();
        PlotCanvas style = styleSource.get();
        double position = model.position();
        for (Run run : model.enabledRuns()) {
            Trajectory trajectory = run.trajectory();
            List<TrajectoryPoint> points = trajectory.points();
            int last = Math.min(points.size() - 1, (int) Math.floor(position));
            Point2D current = RunLayer.current(trajectory, position);
            double[] xy = new double[2 * (Math.max(0, last + 1) + 1)];
            int n = 0;
            for (int i = 0; i <= last; i++) {
                xy[n++] = points.get(i).x();
                xy[n++] = points.get(i).y();
            }
            xy[n++] = current.getX();
            xy[n++] = current.getY();
            Color colour = RunStyle.colour(run.kind(), style);
            PhongMaterial material = materials.computeIfAbsent(colour, PhongMaterial::new);
            double width = run.kind() == model.selectedProperty().get() ? 4 : 3;
            for (double[] piece : mesh.path(java.util.Arrays.copyOf(xy, n))) {
                MeshView ribbon = new MeshView(ribbon(piece, width));
                ribbon.setCullFace(CullFace.NONE);
                ribbon.setMaterial(material);
                nodes.add(ribbon);
            }
            mesh.lift(current.getX(), current.getY()).ifPresent(p -> {
                Sphere marker = new Sphere(run.kind() == model.selectedProperty().get() ? 8 : 6, MARKER_DIVISIONS);
                marker.setMaterial(material);
                place(marker, p);
                marker.setId("optimizer-3d-marker-" + run.kind().id());
                nodes.add(marker);
            });
        }
        mesh.lift(model.start().x(), model.start().y()).ifPresent(p -> {
            Sphere start = new Sphere(4, MARKER_DIVISIONS);
            start.setMaterial(materials.computeIfAbsent(style.textColour(), PhongMaterial::new));
            place(start, p);
            nodes.add(start);
        });
        paths.getChildren().setAll(nodes);
    }

    private static void place(Sphere sphere, double[] uvh) {
        sphere.getTransforms().setAll(new Translate(uvh[0] * HALF, -uvh[2] * HEIGHT - LIFT, uvh[1] * HALF));
    }

    /**
     * A path as a flat ribbon along the surface crossed with an upright one, {@code width} world
     * units each: a line that reads from any angle without a node per segment.
     */
    private static TriangleMesh ribbon(double[] uvh, double width) {
        int count = uvh.length / 3;
        float[] points = new float[count * 4 * 3];
        for (int i = 0; i < count; i++) {
            double x = uvh[3 * i] * HALF;
            double y = -uvh[3 * i + 2] * HEIGHT - LIFT;
            double z = uvh[3 * i + 1] * HALF;
            // Direction along the path here (from the neighbours), flattened onto the floor.
            int a = Math.max(0, i - 1);
            int b = Math.min(count - 1, i + 1);
            double dx = (uvh[3 * b] - uvh[3 * a]) * HALF;
            double dz = (uvh[3 * b + 1] - uvh[3 * a + 1]) * HALF;
            double length = Math.hypot(dx, dz);
            double nx = length > 0 ? -dz / length * width / 2 : width / 2;
            double nz = length > 0 ? dx / length * width / 2 : 0;
            int o = i * 12;
            put(points, o, x - nx, y, z - nz);
            put(points, o + 3, x + nx, y, z + nz);
            put(points, o + 6, x, y - width / 2, z);
            put(points, o + 9, x, y + width / 2, z);
        }
        int[] faces = new int[(count - 1) * 4 * 6];
        int f = 0;
        for (int i = 0; i + 1 < count; i++) {
            for (int pair = 0; pair < 2; pair++) {
                int p = 4 * i + 2 * pair;
                int q = 4 * (i + 1) + 2 * pair;
                int[] corners = {p, p + 1, q + 1, p, q + 1, q};
                for (int c : corners) {
                    faces[f++] = c;
                    faces[f++] = 0;
                }
            }
        }
        TriangleMesh mesh = new TriangleMesh();
        mesh.getPoints().setAll(points);
        mesh.getTexCoords().setAll(0, 0);
        mesh.getFaces().setAll(faces);
        return mesh;
    }

    private static void put(float[] points, int at, double x, double y, double z) {
        points[at] = (float) x;
        points[at + 1] = (float) y;
        points[at + 2] = (float) z;
    }

    @Override
    protected void layoutChildren() {
        super.layoutChildren();
        if (supported && mesh != null) {
            refreshColours();
        }
    }

    // --- camera --------------------------------------------------------------------------------

    void setOrbit(OrbitCamera next) {
        orbit = next;
        if (supported) {
            applyOrbit();
        }
    }

    private void applyOrbit() {
        turn.setAngle(orbit.azimuth());
        tilt.setAngle(orbit.elevation());
        lens.setX(-orbit.panX());
        lens.setY(-orbit.panY());
        lens.setZ(-orbit.distance());
    }

    private void press(MouseEvent e) {
        pressX = e.getX();
        pressY = e.getY();
        pressOrbit = orbit;
        requestFocus();
    }

    private void drag(MouseEvent e) {
        if (pressOrbit == null) {
            return;
        }
        double dx = e.getX() - pressX;
        double dy = e.getY() - pressY;
        if (e.getButton() == MouseButton.SECONDARY || e.isShiftDown()) {
            // World units per pixel at the distance looked from, so the surface stays under the pointer.
            double scale = 2 * pressOrbit.distance() * Math.tan(Math.toRadians(35 / 2.0)) / Math.max(1, getHeight());
            setOrbit(pressOrbit.pan(dx * scale, dy * scale));
        } else {
            setOrbit(pressOrbit.orbit(-dx * 0.4, dy * 0.3));
        }
        e.consume();
    }

    private void wheel(ScrollEvent e) {
        if (e.getDeltaY() != 0) {
            setOrbit(orbit.zoom(Math.exp(e.getDeltaY() / 400)));
            e.consume();
        }
    }

    /** Arrow keys turn (with Shift: move), + and − zoom, 0 goes home; other keys pass on to the lab. */
    void key(KeyEvent e) {
        OrbitCamera next = switch (e.getCode()) {
            case LEFT -> e.isShiftDown() ? orbit.pan(-OrbitCamera.KEY_PAN, 0) : orbit.orbit(OrbitCamera.KEY_DEGREES, 0);
            case RIGHT -> e.isShiftDown() ? orbit.pan(OrbitCamera.KEY_PAN, 0) : orbit.orbit(-OrbitCamera.KEY_DEGREES, 0);
            case UP -> e.isShiftDown() ? orbit.pan(0, -OrbitCamera.KEY_PAN) : orbit.orbit(0, OrbitCamera.KEY_DEGREES);
            case DOWN -> e.isShiftDown() ? orbit.pan(0, OrbitCamera.KEY_PAN) : orbit.orbit(0, -OrbitCamera.KEY_DEGREES);
            case PLUS, EQUALS, ADD -> orbit.zoom(OrbitCamera.KEY_ZOOM);
            case MINUS, SUBTRACT -> orbit.zoom(1 / OrbitCamera.KEY_ZOOM);
            case DIGIT0, NUMPAD0, HOME -> OrbitCamera.HOME;
            default -> null;
        };
        if (next != null) {
            setOrbit(next);
            e.consume();
        }
    }
}
