package org.gradientlab.core.experiment.landscape;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import org.gradientlab.core.nn.MultiLayerNet;
import org.gradientlab.core.nn.MultiLayerNetConfig;

class DirectionsTest {

    private static MultiLayerNet net(boolean batchNorm) {
        return new MultiLayerNet(MultiLayerNetConfig.of(7, List.of(5, 4), 3, 11).withBatchNorm(batchNorm));
    }

    private static double columnNorm(double[] v, ParameterLayout.Block block, int column) {
        double sum = 0;
        for (int r = 0; r < block.rows(); r++) {
            double x = v[block.offset() + r * block.cols() + column];
            sum += x * x;
        }
        return Math.sqrt(sum);
    }

    @Test
    void everyNeuronsDirectionHasTheNormOfItsIncomingWeights() {
        MultiLayerNet net = net(true);
        ParameterLayout layout = ParameterLayout.of(net);
        double[] theta = layout.flatten(net);
        double[] d = Directions.filterNormalized(layout, theta, new SplittableRandom(3));
        int weightBlocks = 0;
        for (ParameterLayout.Block block : layout.blocks()) {
            if (!block.weight()) {
                continue;
            }
            weightBlocks++;
            for (int j = 0; j < block.cols(); j++) {
                double expected = columnNorm(theta, block, j);
                assertEquals(expected, columnNorm(d, block, j), 1e-12 * expected, block.name() + " neuron " + j);
            }
        }
        assertEquals(3, weightBlocks);
    }

    @Test
    void biasesAndBatchNormParametersDoNotMove() {
        MultiLayerNet net = net(true);
        ParameterLayout layout = ParameterLayout.of(net);
        double[] d = Directions.filterNormalized(layout, layout.flatten(net), new SplittableRandom(3));
        List<String> still = layout.blocks().stream().filter(b -> !b.weight()).map(ParameterLayout.Block::name).toList();
        assertEquals(List.of("b1", "gamma1", "beta1", "b2", "gamma2", "beta2", "b3"), still);
        for (ParameterLayout.Block block : layout.blocks()) {
            if (!block.weight()) {
                for (int k = 0; k < block.size(); k++) {
                    assertEquals(0.0, d[block.offset() + k], block.name());
                }
            }
        }
    }

    @Test
    void aNeuronWithZeroWeightsGetsAZeroDirectionAndTheSeedFixesTheRest() {
        MultiLayerNet net = net(false);
        ParameterLayout layout = ParameterLayout.of(net);
        double[] theta = layout.flatten(net);
        ParameterLayout.Block w1 = layout.blocks().get(0);
        for (int r = 0; r < w1.rows(); r++) {
            theta[w1.offset() + r * w1.cols() + 2] = 0;
        }
        double[] d = Directions.filterNormalized(layout, theta, new SplittableRandom(5));
        assertEquals(0.0, columnNorm(d, w1, 2));
        assertArrayEquals(d, Directions.filterNormalized(layout, theta, new SplittableRandom(5)));
        assertNotEquals(d[0], Directions.filterNormalized(layout, theta, new SplittableRandom(6))[0]);
    }

    @Test
    void flattenAndAssignAreInverse() {
        MultiLayerNet source = net(true);
        ParameterLayout layout = ParameterLayout.of(source);
        double[] theta = layout.flatten(source);
        assertEquals(7 * 5 + 5 + 5 + 5 + 5 * 4 + 4 + 4 + 4 + 4 * 3 + 3, layout.size());
        MultiLayerNet target = new MultiLayerNet(source.config().withSeed(99));
        layout.assign(target, theta);
        assertArrayEquals(theta, layout.flatten(target));
    }
}
