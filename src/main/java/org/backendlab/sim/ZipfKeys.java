package org.backendlab.sim;

import java.util.SplittableRandom;

/** Draws cache keys 1..n with Zipf popularity (key k has weight 1/k^s) by inverting a cumulative table. */
final class ZipfKeys {

    static final int MAX_KEYS = 2_000_000;
    private final double[] cumulative;
    final int keySpace;
    final double exponent;

    ZipfKeys(int keySpace, double exponent) {
        this.keySpace = Math.max(1, Math.min(MAX_KEYS, keySpace));
        this.exponent = exponent;
        cumulative = new double[this.keySpace];
        double sum = 0;
        for (int k = 1; k <= this.keySpace; k++) {
            sum += Math.pow(k, -exponent);
            cumulative[k - 1] = sum;
        }
        for (int i = 0; i < cumulative.length; i++) {
            cumulative[i] /= sum;
        }
    }

    int draw(SplittableRandom random) {
        return at(random.nextDouble());
    }

    /** The key whose cumulative popularity first exceeds the uniform draw {@code u} (0-1). */
    int at(double u) {
        int low = 0;
        int high = cumulative.length - 1;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (cumulative[mid] > u) {
                high = mid;
            } else {
                low = mid + 1;
            }
        }
        return low + 1;
    }
}
