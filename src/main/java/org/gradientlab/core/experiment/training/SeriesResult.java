package org.gradientlab.core.experiment.training;

import org.gradientlab.core.nn.MultiLayerNetConfig;
import org.gradientlab.core.optim.OptimizerSettings;

/**
 * How one series ended.
 *
 * @param series             its name
 * @param seriesIndex        its position in the experiment
 * @param network            the network it trained
 * @param optimizer          the optimizer it used (for the hyperparameter search: the drawn lr)
 * @param status             completed, diverged or cancelled
 * @param iterations         updates done
 * @param finalLoss          mean mini-batch loss over the last {@value #LOSS_WINDOW} iterations (fewer
 *                           if it ran fewer), NaN if none; the book smooths its loss curves too
 * @param trainAccuracy      the last train accuracy measured, NaN if none
 * @param testAccuracy       the last test accuracy measured, NaN if none
 * @param validationAccuracy the last validation accuracy measured, NaN if none
 * @param seconds            time this series spent computing (its share of the worker threads)
 */
public record SeriesResult(String series, int seriesIndex, MultiLayerNetConfig network, OptimizerSettings optimizer,
                           Status status, int iterations, double finalLoss, double trainAccuracy,
                           double testAccuracy, double validationAccuracy, double seconds) {

    public static final int LOSS_WINDOW = 100;

    public enum Status { COMPLETED, DIVERGED, CANCELLED }

    /** Validation accuracy for sorting, with unmeasured or diverged trials last. */
    public double rankingValidationAccuracy() {
        return Double.isNaN(validationAccuracy) ? Double.NEGATIVE_INFINITY : validationAccuracy;
    }
}
