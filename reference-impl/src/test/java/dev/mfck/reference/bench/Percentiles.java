package dev.mfck.reference.bench;

import java.util.Arrays;
import java.util.List;

/** Percentiles of a set of measurements, by the nearest-rank method. */
final class Percentiles {

    private final double[] sorted;

    Percentiles(List<Double> values) {
        sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        if (sorted.length == 0) {
            throw new IllegalArgumentException("no measurements");
        }
    }

    double at(double percentile) {
        int rank = (int) Math.ceil(percentile / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    double median() {
        return at(50);
    }

    int count() {
        return sorted.length;
    }

    @Override
    public String toString() {
        return Arrays.toString(sorted);
    }
}
