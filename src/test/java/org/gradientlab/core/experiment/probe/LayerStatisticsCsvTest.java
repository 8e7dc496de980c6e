package org.gradientlab.core.experiment.probe;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class LayerStatisticsCsvTest {

    @Test
    void writesTheActivationsCommandColumns() {
        LayerStatistics one = new LayerStatistics(1, 4, 0.5, 0.25, 0, 1, 0, 1, List.of(1, 3), 0, 0, 0.25, 0, 0);
        LayerStatistics two = new LayerStatistics(2, 4, 0.125, 1.0 / 3, -1, 2, 0, 1, List.of(2, 0), 1, 1, 0, 0, 0);
        assertEquals("layer,mean,std,min,max,c0,c1\n"
                + "1,0.500000,0.250000,0.00000,1.00000,1,3\n"
                + "2,0.125000,0.333333,-1.00000,2.00000,2,0\n", LayerStatisticsCsv.of(List.of(one, two)));
    }
}
