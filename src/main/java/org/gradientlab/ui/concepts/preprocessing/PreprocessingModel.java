package org.gradientlab.ui.concepts.preprocessing;

import java.util.List;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;

import org.gradientlab.core.concepts.preprocessing.CloudPreset;
import org.gradientlab.core.concepts.preprocessing.PointCloud;
import org.gradientlab.core.concepts.preprocessing.Preprocessing;
import org.gradientlab.core.concepts.preprocessing.StageResult;
import org.gradientlab.ui.lab.SetupModel;

/**
 * The page's state: the cloud (a preset sample plus the learner's edits), the five stages the
 * core computes from it, the point under the mouse and the scale mode. The stages of a few
 * hundred 2-D points take microseconds, so they are recomputed on every edit, on the FX thread.
 */
final class PreprocessingModel implements SetupModel<PreprocessingSetup> {
    private final ReadOnlyObjectWrapper<PointCloud> cloud = new ReadOnlyObjectWrapper<>(this, "cloud");
    private final ReadOnlyObjectWrapper<CloudPreset> preset = new ReadOnlyObjectWrapper<>(this, "preset", CloudPreset.DEFAULT);
    private final ReadOnlyLongWrapper seed = new ReadOnlyLongWrapper(this, "seed", CloudPreset.DEFAULT_SEED);
    private final ReadOnlyObjectWrapper<List<StageResult>> stages = new ReadOnlyObjectWrapper<>(this, "stages");
    private final BooleanProperty sameScale = new SimpleBooleanProperty(this, "sameScale", false);
    private final IntegerProperty hovered = new SimpleIntegerProperty(this, "hovered", -1);

    PreprocessingModel() {
        cloud.addListener((o, before, after) -> {
            hovered.set(-1);
            stages.set(Preprocessing.run(after));
        });
        cloud.set(CloudPreset.defaultCloud());
    }

    ReadOnlyObjectProperty<PointCloud> cloudProperty() {
        return cloud.getReadOnlyProperty();
    }

    ReadOnlyObjectProperty<CloudPreset> presetProperty() {
        return preset.getReadOnlyProperty();
    }

    ReadOnlyLongProperty seedProperty() {
        return seed.getReadOnlyProperty();
    }

    ReadOnlyObjectProperty<List<StageResult>> stagesProperty() {
        return stages.getReadOnlyProperty();
    }

    BooleanProperty sameScaleProperty() {
        return sameScale;
    }

    /** Index of the point under the mouse in any panel, −1 for none. */
    IntegerProperty hoveredProperty() {
        return hovered;
    }

    /** A fresh sample of {@code next} with the current seed. */
    void choosePreset(CloudPreset next) {
        preset.set(next);
        resample();
    }

    /** The preset drawn again with the next seed. */
    void newSample() {
        seed.set(seed.get() + 1);
        resample();
    }

    private void resample() {
        cloud.set(preset.get().sample(seed.get(), CloudPreset.DEFAULT_COUNT));
    }

    /** Adds (x, y); ignored once the cloud holds {@link PointCloud#MAX_POINTS}. */
    void add(double x, double y) {
        if (!cloud.get().isFull()) {
            cloud.set(cloud.get().with(x, y));
        }
    }

    void remove(int index) {
        if (index >= 0 && index < cloud.get().size()) {
            cloud.set(cloud.get().without(index));
        }
    }

    void clear() {
        cloud.set(PointCloud.EMPTY);
    }

    /** The default cloud, preset and seed; the scale mode stays as the learner set it. */
    void reset() {
        preset.set(CloudPreset.DEFAULT);
        seed.set(CloudPreset.DEFAULT_SEED);
        resample();
    }

    @Override
    public Class<PreprocessingSetup> setupType() {
        return PreprocessingSetup.class;
    }

    @Override
    public PreprocessingSetup setup() {
        return PreprocessingSetup.of(preset.get(), seed.get(), cloud.get(), sameScale.get());
    }

    @Override
    public void apply(PreprocessingSetup setup) {
        PointCloud next = setup.cloud();
        preset.set(setup.cloudPreset());
        seed.set(setup.seed());
        sameScale.set(setup.sameScale());
        cloud.set(next);
    }
}
