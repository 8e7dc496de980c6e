package org.gradientlab.ui.concepts.conv;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

import org.gradientlab.core.concepts.conv.ConvDemo;
import org.gradientlab.core.concepts.conv.ConvLayer;
import org.gradientlab.core.concepts.conv.ConvPreset;
import org.gradientlab.core.concepts.conv.DemoPlan;
import org.gradientlab.core.concepts.conv.Field;
import org.gradientlab.core.concepts.conv.FieldProblem;
import org.gradientlab.core.concepts.conv.LayerGeometry;
import org.gradientlab.core.concepts.conv.MaxPool;
import org.gradientlab.core.concepts.conv.Window;
import org.gradientlab.ui.lab.SetupModel;

/**
 * The conv page's state: the mode, the seven hyperparameters as typed, the layer they make (or
 * the problems that stop it), and the animation over the layer's small worked example: which
 * output cell is being written, playing or not, how fast. The core does the arithmetic.
 */
final class ConvPageModel implements SetupModel<ConvSetup> {
    static final double MIN_SPEED = 0.5;
    static final double MAX_SPEED = 20;
    static final double DEFAULT_SPEED = 2;
    static final ConvPreset START = ConvPreset.SEVEN_STRIDE_2;

    private final Map<Field, ReadOnlyIntegerWrapper> values = new EnumMap<>(Field.class);
    private final ReadOnlyBooleanWrapper pooling = new ReadOnlyBooleanWrapper(this, "pooling");
    private final ReadOnlyObjectWrapper<LayerGeometry> layer = new ReadOnlyObjectWrapper<>(this, "layer");
    private final ReadOnlyObjectWrapper<List<FieldProblem>> problems =
            new ReadOnlyObjectWrapper<>(this, "problems", List.of());
    private final ReadOnlyObjectWrapper<ConvDemo> demo = new ReadOnlyObjectWrapper<>(this, "demo");
    private final ReadOnlyIntegerWrapper step = new ReadOnlyIntegerWrapper(this, "step");
    private final ReadOnlyBooleanWrapper playing = new ReadOnlyBooleanWrapper(this, "playing");
    private final ReadOnlyDoubleWrapper speed = new ReadOnlyDoubleWrapper(this, "speed", DEFAULT_SPEED);
    private final EnumSet<Field> unreadable = EnumSet.noneOf(Field.class);
    private double pending;
    private boolean batch;

    ConvPageModel() {
        for (Field f : Field.values()) {
            values.put(f, new ReadOnlyIntegerWrapper(this, f.name()));
        }
        apply(START);
    }

    /** Sets the mode and every field from a lecture example. */
    void apply(ConvPreset preset) {
        LayerGeometry l = preset.layer();
        batch = true;
        unreadable.clear();
        try {
            pooling.set(l.pooling());
            values.get(Field.WIDTH).set(l.width());
            values.get(Field.HEIGHT).set(l.height());
            values.get(Field.DEPTH).set(l.depth());
            values.get(Field.FILTER).set(l.filter());
            values.get(Field.STRIDE).set(l.stride());
            if (l instanceof ConvLayer c) {
                values.get(Field.PADDING).set(c.padding());
                values.get(Field.FILTERS).set(c.filters());
            }
        } finally {
            batch = false;
        }
        recompute();
    }

    void setPooling(boolean pool) {
        pooling.set(pool);
        recompute();
    }

    void set(Field field, int value) {
        unreadable.remove(field);
        values.get(field).set(value);
        recompute();
    }

    /** The text of {@code field} is not a whole number: no layer until it is. */
    void markUnreadable(Field field) {
        unreadable.add(field);
        recompute();
    }

    private void recompute() {
        if (batch) {
            return;
        }
        int w = value(Field.WIDTH);
        int h = value(Field.HEIGHT);
        int d = value(Field.DEPTH);
        int f = value(Field.FILTER);
        int s = value(Field.STRIDE);
        int p = value(Field.PADDING);
        int k = value(Field.FILTERS);
        List<FieldProblem> found = pooling.get() ? MaxPool.problems(w, h, d, f, s) : ConvLayer.problems(w, h, d, f, s, p, k);
        problems.set(found);
        // Pooling has no P or K, so text left unreadable there does not block it.
        boolean blocked = unreadable.stream().anyMatch(field -> !pooling.get() || !padOrFilters(field));
        if (!found.isEmpty() || blocked) {
            // The last valid layer's animation stays on show while the fields are being fixed.
            layer.set(null);
            return;
        }
        LayerGeometry next = pooling.get() ? new MaxPool(w, h, d, f, s) : new ConvLayer(w, h, d, f, s, p, k);
        layer.set(next);
        playing.set(false);
        step.set(0);
        demo.set(new ConvDemo(DemoPlan.of(next)));
    }

    static boolean padOrFilters(Field field) {
        return field == Field.PADDING || field == Field.FILTERS;
    }

    int value(Field field) {
        return values.get(field).get();
    }

    ReadOnlyIntegerProperty valueProperty(Field field) {
        return values.get(field).getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty poolingProperty() {
        return pooling.getReadOnlyProperty();
    }

    /** The layer the fields make, or null while a field is out of range. */
    ReadOnlyObjectProperty<LayerGeometry> layerProperty() {
        return layer.getReadOnlyProperty();
    }

    ReadOnlyObjectProperty<List<FieldProblem>> problemsProperty() {
        return problems.getReadOnlyProperty();
    }

    ReadOnlyObjectProperty<ConvDemo> demoProperty() {
        return demo.getReadOnlyProperty();
    }

    /** The output cell being written, 0 to cells − 1 in reading order; cells before it are done. */
    ReadOnlyIntegerProperty stepProperty() {
        return step.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty playingProperty() {
        return playing.getReadOnlyProperty();
    }

    /** Output cells per second while playing. */
    ReadOnlyDoubleProperty speedProperty() {
        return speed.getReadOnlyProperty();
    }

    /** {row, col} of the output cell being written. */
    int[] currentCell() {
        return demo.get().cellAt(step.get());
    }

    /** The input window of the cell being written. */
    Window currentWindow() {
        int[] cell = currentCell();
        return demo.get().window(cell[0], cell[1]);
    }

    private int lastStep() {
        return demo.get().cellCount() - 1;
    }

    void stepForward() {
        playing.set(false);
        step.set(Math.min(step.get() + 1, lastStep()));
    }

    void stepBack() {
        playing.set(false);
        step.set(Math.max(step.get() - 1, 0));
    }

    /** Shows output cell {@code cell} (reading order), clamped to the cells there are. */
    void seek(int cell) {
        playing.set(false);
        step.set(Math.max(0, Math.min(cell, lastStep())));
    }

    void reset() {
        playing.set(false);
        step.set(0);
    }

    /** Plays from the start again when the last cell is on show. */
    void playPause() {
        if (!playing.get() && step.get() >= lastStep()) {
            step.set(0);
        }
        pending = 0;
        playing.set(!playing.get() && lastStep() > 0);
    }

    void setSpeed(double cellsPerSecond) {
        speed.set(Math.max(MIN_SPEED, Math.min(MAX_SPEED, cellsPerSecond)));
    }

    /** Moves on by {@code seconds} of play; stops on the last cell. */
    void advance(double seconds) {
        if (!playing.get()) {
            return;
        }
        pending += seconds * speed.get();
        int whole = (int) pending;
        pending -= whole;
        int next = Math.min(step.get() + whole, lastStep());
        step.set(next);
        if (next == lastStep()) {
            playing.set(false);
        }
    }

    @Override
    public Class<ConvSetup> setupType() {
        return ConvSetup.class;
    }

    @Override
    public ConvSetup setup() {
        return new ConvSetup(pooling.get(), value(Field.WIDTH), value(Field.HEIGHT), value(Field.DEPTH),
                value(Field.FILTER), value(Field.STRIDE), value(Field.PADDING), value(Field.FILTERS), step.get(),
                speed.get());
    }

    /** The mode and fields of {@code setup}, paused on its cell (the last, if it has fewer). */
    @Override
    public void apply(ConvSetup setup) {
        batch = true;
        unreadable.clear();
        try {
            pooling.set(setup.pooling());
            values.get(Field.WIDTH).set(setup.width());
            values.get(Field.HEIGHT).set(setup.height());
            values.get(Field.DEPTH).set(setup.depth());
            values.get(Field.FILTER).set(setup.filter());
            values.get(Field.STRIDE).set(setup.stride());
            values.get(Field.PADDING).set(setup.padding());
            values.get(Field.FILTERS).set(setup.filters());
        } finally {
            batch = false;
        }
        recompute();
        playing.set(false);
        speed.set(setup.speed());
        if (layer.get() != null) {
            seek(setup.step());
        }
    }
}
