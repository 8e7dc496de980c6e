package org.gradientlab.ui.optimizer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.gradientlab.core.optim.OptimizerKind;
import org.gradientlab.core.surface.PresetSurface;
import org.gradientlab.core.surface.StepDetail;
import org.gradientlab.core.surface.TrajectoryRunner;
import org.gradientlab.core.surface.TrajectorySettings;
import org.gradientlab.ui.i18n.I18n;
import org.gradientlab.ui.i18n.Language;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Keys the lab puts together from a prefix and an id, which the global key scan cannot see. */
class ComposedKeysTest {

    @ParameterizedTest
    @EnumSource(Language.class)
    void everyComposedKeyHasAText(Language language) {
        I18n i18n = new I18n(language);
        List<String> keys = new ArrayList<>();
        for (OptimizerKind kind : OptimizerKind.values()) {
            keys.add(RunStyle.nameKey(kind));
            keys.add(StatePanel.RULE + kind.id());
            // Every state slot the kind shows, read off a real update.
            StepDetail detail = StepDetail.of(TrajectoryRunner.run(TrajectorySettings.bookFigure(kind)), 0).orElseThrow();
            detail.after().keySet().forEach(slot -> keys.add(StatePanel.SLOT + slot));
        }
        keys.add(StatePanel.SLOT + "gradient");
        keys.add(StatePanel.SLOT + "update");
        for (PresetSurface preset : PresetSurface.values()) {
            keys.add(FigureCaption.SURFACE_NAME + preset.id());
        }
        keys.add(FigureCaption.SURFACE_NAME + SurfaceControls.CUSTOM);
        for (String column : ResultsTable.COLUMNS) {
            keys.add(ResultsTable.HEADER + column);
        }
        List<String> missing = keys.stream().filter(k -> i18n.text(k).startsWith("!")).toList();
        assertEquals(List.of(), missing);
    }
}
