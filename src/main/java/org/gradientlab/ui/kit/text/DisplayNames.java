package org.gradientlab.ui.kit.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.gradientlab.core.concepts.activations.GalleryFunction;
import org.gradientlab.core.nn.Activation;
import org.gradientlab.core.nn.WeightInit;
import org.gradientlab.core.optim.OptimizerKind;

/**
 * The one place where an id becomes the name a person reads: "sgd" is SGD, "he" is He, "relu"
 * is ReLU, in every lab and legend, with the Korean names of GLOSSARY.md. The ids themselves stay
 * as they are in CSV files and on the command line; keys are name.&lt;kind&gt;.&lt;id&gt;.
 */
public final class DisplayNames {
    static final String OPTIMIZER = "name.optimizer.";
    static final String ACTIVATION = "name.activation.";
    static final String INIT = "name.init.";

    // The core's series names (SeriesPlan.name), as written by the experiments.
    private static final Pattern RUN_PREFIX = Pattern.compile("#(\\d+) (.+)");
    private static final Pattern LEARNING_RATE = Pattern.compile("(\\S+) lr=(\\S+)");
    private static final Pattern STD = Pattern.compile("std=(\\S+)");
    private static final Pattern BATCH_NORM = Pattern.compile("(bn|no-bn) w=(\\S+)");
    private static final Pattern STRENGTH = Pattern.compile("(wd|dropout)=(\\S+)");
    private static final Pattern TRIAL = Pattern.compile("trial (\\d+) lr=(\\S+) wd=(\\S+)");

    private DisplayNames() {}

    public static Message of(OptimizerKind kind) {
        return Message.of(OPTIMIZER + kind.id());
    }

    public static Message of(Activation activation) {
        return Message.of(ACTIVATION + activation.cliName());
    }

    /** The activation pages' functions share the activations' names (PReLU and Maxout are theirs alone). */
    public static Message of(GalleryFunction function) {
        return Message.of(ACTIVATION + function.id());
    }

    /** Xavier, He, or "std 0.01" ("표준편차 0.01"). */
    public static Message of(WeightInit init) {
        if (init instanceof WeightInit.FanIn fanIn) {
            return Message.of(INIT + fanIn.label());
        }
        return Message.of(INIT + "std", Num.format(init.std(1)));
    }

    /**
     * A series as the core names it ("adam", "adam lr=0.01", "xavier", "std=0.01", "bn w=0.1",
     * "wd=0.1", "trial 3 lr=0.001 wd=1e-06", "#2 sgd" for run 2 of several) in the reader's words;
     * a name it does not know is shown as it is.
     */
    public static Message series(String name) {
        Matcher m = RUN_PREFIX.matcher(name);
        if (m.matches()) {
            return Message.of("name.series.run", Integer.parseInt(m.group(1)), series(m.group(2)));
        }
        if ((m = LEARNING_RATE.matcher(name)).matches() && optimizer(m.group(1)) != null) {
            return Message.of("name.series.lr", of(optimizer(m.group(1))), number(m.group(2)));
        }
        if (optimizer(name) != null) {
            return of(optimizer(name));
        }
        if (name.equals(WeightInit.FanIn.XAVIER.label()) || name.equals(WeightInit.FanIn.HE.label())) {
            return Message.of(INIT + name);
        }
        if ((m = STD.matcher(name)).matches()) {
            return Message.of(INIT + "std", number(m.group(1)));
        }
        if ((m = BATCH_NORM.matcher(name)).matches()) {
            return Message.of("name.series." + m.group(1), number(m.group(2)));
        }
        if ((m = STRENGTH.matcher(name)).matches()) {
            return Message.of("name.series." + m.group(1), number(m.group(2)));
        }
        if ((m = TRIAL.matcher(name)).matches()) {
            return Message.of("name.series.trial", Integer.parseInt(m.group(1)), number(m.group(2)),
                    number(m.group(3)));
        }
        return Message.of("name.series.other", name);
    }

    private static OptimizerKind optimizer(String id) {
        for (OptimizerKind kind : OptimizerKind.values()) {
            if (kind.id().equals(id)) {
                return kind;
            }
        }
        return null;
    }

    /** A number the core wrote in ASCII, as the UI writes it. */
    private static String number(String ascii) {
        try {
            return Num.format(Double.parseDouble(ascii));
        } catch (NumberFormatException e) {
            return ascii;
        }
    }
}
