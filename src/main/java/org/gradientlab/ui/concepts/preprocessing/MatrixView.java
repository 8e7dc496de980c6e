package org.gradientlab.ui.concepts.preprocessing;

import java.math.BigDecimal;
import java.math.MathContext;

import javafx.geometry.HPos;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;

import org.gradientlab.ui.kit.text.Num;

/**
 * A 2 × 2 matrix in brackets, "Σ = [a b; c d]", its entries in a grid so the columns line up.
 * Entries share one number of decimals, chosen by the largest, and rounding noise
 * (1e-17 off-diagonals after the rotation) reads as 0.
 */
final class MatrixView extends HBox {
    private static final String MISSING = "–";
    private final Label name = new Label();
    private final Label[] cells = new Label[4];

    MatrixView() {
        getStyleClass().add("prep-matrix");
        GridPane grid = new GridPane();
        grid.getStyleClass().add("prep-matrix-cells");
        for (int i = 0; i < 4; i++) {
            cells[i] = new Label(MISSING);
            cells[i].getStyleClass().add("prep-matrix-cell");
            grid.add(cells[i], i % 2, i / 2);
        }
        for (int c = 0; c < 2; c++) {
            ColumnConstraints column = new ColumnConstraints();
            column.setHalignment(HPos.RIGHT);
            grid.getColumnConstraints().add(column);
        }
        Region open = new Region();
        open.getStyleClass().addAll("prep-bracket", "prep-bracket-open");
        Region close = new Region();
        close.getStyleClass().addAll("prep-bracket", "prep-bracket-close");
        name.getStyleClass().add("prep-matrix-name");
        getChildren().addAll(name, open, grid, close);
    }

    Label name() {
        return name;
    }

    /** Shows {@code matrix} [2][2], or dashes when it is null. */
    void show(double[][] matrix) {
        if (matrix == null) {
            for (Label cell : cells) {
                cell.setText(MISSING);
            }
            return;
        }
        double largest = 0;
        for (double[] row : matrix) {
            for (double v : row) {
                largest = Math.max(largest, Math.abs(v));
            }
        }
        int decimals = decimals(largest);
        for (int i = 0; i < 4; i++) {
            cells[i].setText(Num.fixed(matrix[i / 2][i % 2], decimals));
        }
    }

    /** The entries as shown, row by row: "2.67 3.33; 3.33 4.67". */
    String text() {
        return cells[0].getText() + " " + cells[1].getText() + "; " + cells[2].getText() + " " + cells[3].getText();
    }

    /** Three significant digits of the largest entry, between 0 and 4 decimals; 2 for zero and rounding noise. */
    static int decimals(double largest) {
        if (largest < 1e-9 || !Double.isFinite(largest)) {
            return 2;
        }
        // Rounded first, so 0.999996 counts as 1.00 and not as 0.99999…
        double rounded = new BigDecimal(largest).round(new MathContext(3)).doubleValue();
        return (int) Math.max(0, Math.min(4, 2 - Math.floor(Math.log10(rounded))));
    }

}
