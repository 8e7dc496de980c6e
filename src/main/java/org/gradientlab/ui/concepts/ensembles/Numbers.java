package org.gradientlab.ui.concepts.ensembles;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;

import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;

import org.gradientlab.core.concepts.ensembles.DropoutEnsembleResult;
import org.gradientlab.core.concepts.ensembles.EnsembleResult;
import org.gradientlab.core.concepts.ensembles.Member;
import org.gradientlab.core.concepts.ensembles.SmallNet;
import org.gradientlab.core.data.Mnist;
import org.gradientlab.ui.i18n.I18n;
import org.gradientlab.ui.kit.text.Num;

/** The page's texts made from its numbers: accuracies in per cent, statuses, the setup and the caption. */
final class Numbers {
    /** One line of a numbers table: a name (i18n key) and a value that follows the model. */
    record Row(String id, String key, Callable<String> value) {}

    private final I18n i18n;

    Numbers(I18n i18n) {
        this.i18n = i18n;
    }

    Row row(String id, String key, Callable<String> value) {
        return new Row(id, key, value);
    }

    /** Names left, values right (ids "ensembles-" + row id), recomputed when {@code on} or the language changes. */
    GridPane grid(String id, List<Row> rows, Observable... on) {
        GridPane grid = new GridPane();
        grid.setId(id);
        grid.getStyleClass().add("ensembles-numbers");
        Observable[] dependencies = new Observable[on.length + 1];
        System.arraycopy(on, 0, dependencies, 0, on.length);
        dependencies[on.length] = i18n.languageProperty();
        for (int r = 0; r < rows.size(); r++) {
            Row row = rows.get(r);
            Label name = new Label();
            name.textProperty().bind(i18n.label(row.key()));
            name.getStyleClass().add("number-name");
            Label value = new Label();
            value.setId("ensembles-" + row.id());
            value.getStyleClass().add("number-value");
            value.setMinWidth(Region.USE_PREF_SIZE);
            name.setWrapText(true);
            value.textProperty().bind(Bindings.createStringBinding(row.value(), dependencies));
            grid.addRow(r, name, value);
        }
        return grid;
    }

    String percent(double share) {
        return Num.percent(share, 2);
    }

    private String none() {
        return i18n.text("concepts.ensembles.none");
    }

    String best(EnsemblesModel model) {
        List<Member> members = model.membersProperty().get();
        return members.isEmpty() ? none()
                : percent(members.stream().mapToDouble(Member::testAccuracy).max().orElseThrow());
    }

    String mean(EnsemblesModel model) {
        List<Member> members = model.membersProperty().get();
        return members.isEmpty() ? none()
                : percent(members.stream().mapToDouble(Member::testAccuracy).average().orElseThrow());
    }

    String ensemble(EnsemblesModel model) {
        EnsembleResult result = model.ensembleProperty().get();
        return result == null ? none() : percent(result.ensemble());
    }

    /** A number of the dropout result, or a dash before there is one. */
    String dropout(EnsemblesModel model, ToDoubleFunction<DropoutEnsembleResult> number) {
        DropoutEnsembleResult result = model.dropoutProperty().get();
        return result == null ? none() : percent(number.applyAsDouble(result));
    }

    String ensembleStatus(EnsemblesModel model) {
        return switch (model.ensembleStatusProperty().get()) {
            case IDLE -> i18n.text("concepts.ensembles.status.idle");
            case RUNNING -> i18n.text("concepts.ensembles.status.training", model.membersProperty().get().size(),
                    model.netsProperty().get());
            case DONE -> i18n.text("concepts.ensembles.status.done");
            case CANCELLED -> i18n.text("concepts.ensembles.status.cancelled");
            case FAILED -> i18n.text("concepts.ensembles.status.failed", model.ensembleErrorProperty().get());
        };
    }

    String dropoutStatus(EnsemblesModel model) {
        return switch (model.dropoutStatusProperty().get()) {
            case IDLE -> i18n.text("concepts.ensembles.status.idle");
            case RUNNING -> i18n.text("concepts.ensembles.status.dropout",
                    Math.round(Math.max(0, model.dropoutProgressProperty().get()) * 100));
            case DONE -> i18n.text("concepts.ensembles.status.done");
            case CANCELLED -> i18n.text("concepts.ensembles.status.cancelled");
            case FAILED -> i18n.text("concepts.ensembles.status.failed", model.dropoutErrorProperty().get());
        };
    }

    /** "784-50-10, Adam lr 0.002, 600 steps of 100 images from the first 5,000 …". */
    String setup(SmallNet net) {
        String layers = Mnist.PIXELS + "-" + net.hiddenSizes().stream().map(String::valueOf)
                .collect(Collectors.joining("-")) + "-" + Mnist.CLASSES;
        return i18n.text("concepts.ensembles.net", layers, net.learningRate(), net.iterations(), net.batchSize(),
                net.trainSize(), net.testSize());
    }

    /** What the figure shows, with the headline numbers once they exist. */
    String caption(EnsemblesModel model) {
        StringBuilder text = new StringBuilder(i18n.text("concepts.ensembles.caption.title"));
        EnsembleResult ensemble = model.ensembleProperty().get();
        if (ensemble != null) {
            text.append(' ').append(i18n.text("concepts.ensembles.caption.ensemble", ensemble.members().size(),
                    setup(model.memberNet()), percent(ensemble.ensemble()), percent(ensemble.meanSingle()),
                    percent(ensemble.bestSingle())));
        }
        DropoutEnsembleResult dropout = model.dropoutProperty().get();
        if (dropout != null) {
            text.append(' ').append(i18n.text("concepts.ensembles.caption.dropout", setup(model.dropoutNet()),
                    dropout.config().dropoutRatio(), dropout.config().passes(), percent(dropout.averaged()),
                    percent(dropout.scaledAccuracy()), percent(dropout.meanSinglePass())));
        }
        if (ensemble == null && dropout == null) {
            text.append(' ').append(i18n.text("concepts.ensembles.caption.empty"));
        }
        return text.toString();
    }
}
