package org.gradientlab.ui.concepts.conv;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

import org.gradientlab.core.concepts.conv.AxisFit;
import org.gradientlab.core.concepts.conv.ConvLayer;
import org.gradientlab.core.concepts.conv.LayerGeometry;
import org.gradientlab.core.concepts.conv.Suggestion;
import org.gradientlab.ui.i18n.I18n;
import org.gradientlab.ui.kit.text.Message;

/**
 * The layer's numbers with the formulas substituted: output size per axis, whether the windows
 * fit (and, when not, buttons for the nearest settings that do), parameters and operations.
 */
final class ConvResults extends VBox {
    private final ConvPageModel model;
    private final I18n i18n;
    private final Label output = line("conv-output", "conv-output");
    private final Label width = line("conv-width", "conv-formula");
    private final Label height = line("conv-height", "conv-formula");
    private final Label depth = line("conv-depth", "conv-formula");
    private final Label fit = line("conv-fit", "conv-fit");
    private final FlowPane suggestions = new FlowPane();
    private final Label parameters = line("conv-parameters", "conv-formula");
    private final Label operations = line("conv-operations", "conv-formula");

    ConvResults(ConvPageModel model, I18n i18n) {
        this.model = model;
        this.i18n = i18n;
        getStyleClass().add("conv-results");
        suggestions.setId("conv-suggestions");
        suggestions.getStyleClass().add("conv-suggestions");
        suggestions.managedProperty().bind(suggestions.visibleProperty());
        getChildren().addAll(output, width, height, depth, fit, suggestions, parameters, operations);
        model.layerProperty().addListener((o, was, is) -> refresh());
        refresh();
    }

    private static Label line(String id, String style) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().add(style);
        label.setWrapText(true);
        label.managedProperty().bind(label.visibleProperty());
        return label;
    }

    private void refresh() {
        LayerGeometry layer = model.layerProperty().get();
        List<Label> details = List.of(width, height, depth, fit, parameters, operations);
        details.forEach(l -> l.setVisible(layer != null));
        suggestions.getChildren().clear();
        suggestions.setVisible(false);
        output.getStyleClass().remove("conv-invalid");
        if (layer == null) {
            i18n.bind(output.textProperty(), "concepts.conv.invalid");
            output.getStyleClass().add("conv-invalid");
            return;
        }
        i18n.bind(output.textProperty(), "concepts.conv.output", layer.inputShape(), layer.outputShape());
        width.setText("W2 = " + layer.horizontal().formula());
        height.setText("H2 = " + layer.vertical().formula());
        depth.setText(layer instanceof ConvLayer c ? "D2 = K = " + c.filters() : "D2 = D = " + layer.depth());
        fit.getStyleClass().removeAll("fits", "misfit");
        if (layer.fits()) {
            i18n.bind(fit.textProperty(), "concepts.conv.fits");
            fit.getStyleClass().add("fits");
        } else {
            i18n.bind(fit.textProperty(), "concepts.conv.misfit", misfitAxes(layer));
            fit.getStyleClass().add("misfit");
            showSuggestions(layer);
        }
        i18n.bind(parameters.textProperty(), layer.pooling()
                ? Message.of("concepts.conv.parameters.pool")
                : Message.of("concepts.conv.parameters", layer.parametersFormula(), ((ConvLayer) layer).weights(),
                        ((ConvLayer) layer).filters()));
        Object count = layer.fits() ? layer.operationsFormula() : Message.of("concepts.conv.operations.none");
        i18n.bind(operations.textProperty(), layer.pooling() ? "concepts.conv.comparisons" : "concepts.conv.multiply-adds", count);
    }

    private static String misfitAxes(LayerGeometry layer) {
        List<String> axes = new ArrayList<>();
        for (AxisFit axis : List.of(layer.horizontal(), layer.vertical())) {
            if (!axis.fits()) {
                axes.add(axis.formula());
            }
        }
        // A square input misfits the same way on both axes: say it once.
        return String.join(", ", axes.stream().distinct().toList());
    }

    private void showSuggestions(LayerGeometry layer) {
        Label title = new Label();
        i18n.bind(title.textProperty(), "concepts.conv.suggest");
        title.getStyleClass().add("conv-suggest-title");
        suggestions.getChildren().add(title);
        for (Suggestion s : layer.suggestions()) {
            Button button = new Button();
            i18n.bind(button.textProperty(), "concepts.conv.suggestion", s.field().symbol(), s.value(),
                    s.outputWidth(), s.outputHeight());
            button.setId("conv-suggest-" + s.field().symbol().toLowerCase(Locale.ROOT) + "-" + s.value());
            button.getStyleClass().add("conv-suggestion");
            button.setOnAction(e -> model.set(s.field(), s.value()));
            suggestions.getChildren().add(button);
        }
        suggestions.setVisible(true);
    }
}
