package io.mll4j.bench.method;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class LinearRegressionTest {

    @Test
    void fit_exactLinearData_predictsNewPoints() {
        Random rng = new Random(3);
        double[][] x = new double[40][];
        double[] y = new double[40];
        for (int i = 0; i < x.length; i++) {
            x[i] = new double[]{rng.nextDouble(), rng.nextDouble() * 10, 5}; // third feature constant
            y[i] = 2 + 3 * x[i][0] - 0.5 * x[i][1];
        }
        LinearRegression fit = LinearRegression.fit(x, y);
        assertThat(fit.predict(new double[]{0.5, 4, 5})).isCloseTo(2 + 1.5 - 2, within(0.02));
        assertThat(fit.weights()[2]).isCloseTo(0, within(1e-9));
    }

    @Test
    void fit_duplicatedFeature_stillSolves() {
        double[][] x = {{1, 1}, {2, 2}, {3, 3}, {4, 4}};
        double[] y = {1, 2, 3, 4};
        assertThat(LinearRegression.fit(x, y).predict(new double[]{5, 5})).isCloseTo(5, within(0.05));
    }

    @Test
    void fit_noRows_isRejected() {
        assertThatThrownBy(() -> LinearRegression.fit(new double[0][], new double[0]))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
