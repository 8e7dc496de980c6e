package org.gradientlab.ui.init;

import org.gradientlab.core.nn.WeightInit;
import org.gradientlab.ui.kit.text.DisplayNames;

/** The weight inits offered as buttons (the book's four) and the free std of the slider. */
public enum InitChoice {
    STD_1("std-1"),
    STD_0_01("std-0-01"),
    XAVIER("xavier"),
    HE("he"),
    CUSTOM("custom");

    private final String id;

    InitChoice(String id) {
        this.id = id;
    }

    /** Stable id for node ids and i18n keys: init.choice.&lt;id&gt;. */
    public String id() {
        return id;
    }

    public String nameKey() {
        // Xavier and He are names like any other; the std buttons and the free std are this lab's own.
        return this == XAVIER || this == HE ? DisplayNames.of(weightInit(1)).key() : "init.choice." + id;
    }

    /** The core's init; {@code customStd} counts only for {@link #CUSTOM}. */
    public WeightInit weightInit(double customStd) {
        return switch (this) {
            case STD_1 -> WeightInit.ofStd(1);
            case STD_0_01 -> WeightInit.ofStd(0.01);
            case XAVIER -> WeightInit.XAVIER;
            case HE -> WeightInit.HE;
            case CUSTOM -> WeightInit.ofStd(customStd);
        };
    }
}
