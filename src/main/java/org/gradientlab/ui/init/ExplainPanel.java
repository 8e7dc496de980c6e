package org.gradientlab.ui.init;

import java.util.List;

import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import org.gradientlab.core.experiment.probe.ActivationCurve;
import org.gradientlab.core.experiment.probe.LayerHealth;
import org.gradientlab.core.nn.Activation;
import org.gradientlab.core.nn.WeightInit;
import org.gradientlab.ui.i18n.I18n;
import org.gradientlab.ui.kit.text.DisplayNames;
import org.gradientlab.ui.kit.text.Num;
import org.gradientlab.ui.kit.text.Message;

/**
 * Why the histograms look as they do: the activation's f(x) and f'(x), and a text from the
 * book's and CS231n's reasoning for the current activation, init and batch-norm switch, ending
 * with the verdict on the last layer.
 */
final class ExplainPanel extends HBox {
    private static final int CURVE_POINTS = 241;

    private final I18n i18n;
    private final InitLabModel model;
    private final ActivationPlot plot = new ActivationPlot();
    private final Label title = new Label();
    private final Label activationText = new Label();
    private final Label initText = new Label();
    private final Label batchNormText = new Label();
    private final Label verdict = new Label();
    private Activation plotted;

    ExplainPanel(I18n i18n, InitLabModel model) {
        this.i18n = i18n;
        this.model = model;
        getStyleClass().add("explain");
        setId("init-explain");
        title.getStyleClass().add("explain-title");
        verdict.getStyleClass().add("explain-verdict");
        verdict.setId("init-explain-verdict");
        initText.setId("init-explain-text");
        for (Label text : List.of(activationText, initText, batchNormText, verdict)) {
            text.setWrapText(true);
            text.getStyleClass().add("explain-text");
        }
        batchNormText.managedProperty().bind(batchNormText.visibleProperty());
        VBox texts = new VBox(title, activationText, initText, batchNormText, verdict);
        texts.getStyleClass().add("explain-texts");
        HBox.setHgrow(texts, Priority.ALWAYS);
        getChildren().addAll(plot, texts);
        model.settingsProperty().addListener((o, a, b) -> update());
        model.liveProperty().addListener((o, a, b) -> update());
        update();
    }

    Label initText() {
        return initText;
    }

    private void update() {
        InitSettings s = model.settings();
        if (s.activation() != plotted) {
            plotted = s.activation();
            plot.show(ActivationCurve.sample(plotted, -ActivationPlot.X_RANGE, ActivationPlot.X_RANGE, CURVE_POINTS));
        }
        i18n.bind(title.textProperty(), "init.explain.title", Message.of(activationKey(s.activation())));
        i18n.bind(activationText.textProperty(), explainActivationKey(s.activation()));
        i18n.bind(initText.textProperty(), caseKey(s), Num.format(s.std(), 3), s.nodes(),
                Num.format(WeightInit.XAVIER.std(s.nodes()), 3), Num.format(WeightInit.HE.std(s.nodes()), 3));
        batchNormText.setVisible(s.batchNorm());
        i18n.bind(batchNormText.textProperty(), "init.explain.batch-norm");
        ProbeOutcome live = model.liveProperty().get();
        if (live != null && !live.health().isEmpty()) {
            LayerHealth last = live.health().get(live.health().size() - 1);
            i18n.bind(verdict.textProperty(), "init.explain.verdict", live.health().size(),
                    Message.of(LayerPanel.cueKey(last.cue())),
                    Message.of(LayerPanel.reasonKey(last.reason()), LayerPanel.reasonValue(last)));
        }
    }

    static String activationKey(Activation a) {
        return DisplayNames.of(a).key();
    }

    private static String explainActivationKey(Activation a) {
        return "init.explain.activation." + a.cliName();
    }

    /** The paragraph for this init with this activation (book 6.2.2 and 6.2.3). */
    static String caseKey(InitSettings s) {
        boolean bounded = s.activation() == Activation.SIGMOID || s.activation() == Activation.TANH;
        String name = switch (s.init()) {
            case STD_1 -> bounded ? "std1-bounded" : "std1-unbounded";
            case STD_0_01 -> s.activation() == Activation.SIGMOID ? "small-sigmoid" : "small-zero";
            case XAVIER -> bounded ? "xavier-bounded" : "xavier-relu";
            case HE -> bounded ? "he-bounded" : "he-relu";
            case CUSTOM -> "custom";
        };
        return "init.explain.case." + name;
    }
}
