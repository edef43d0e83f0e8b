package org.creativeautomation.engine.comply.quality;

import org.creativeautomation.engine.comply.Check;
import org.creativeautomation.engine.comply.ComplianceChecker;
import org.creativeautomation.engine.comply.CreativeUnderCheck;
import org.creativeautomation.engine.compose.Ratio;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Prints the median time the quality checks take on one 1080x1920 creative; not a test (timings
 * belong to a quiet machine, not to a shared build). Each round checks a new
 * {@link CreativeUnderCheck}, so the shared photo samples are built afresh every time, as in a run.
 */
public final class QualityChecksTiming {
    private static final int WARM_UP = 100;
    private static final int ROUNDS = 300;

    private QualityChecksTiming() {
    }

    public static void main(String[] args) {
        System.setProperty("java.awt.headless", "true");
        ShippedCreatives.Composed composed = ShippedCreatives.compose(ShippedCreatives.ACME, Ratio.STORY,
                ShippedCreatives.example(ShippedCreatives.SPARKLING_WATER), ShippedCreatives.SUMMER_COPY);
        List<Check> checks = QualityChecks.all();
        ComplianceChecker checker = new ComplianceChecker(checks);
        long[] totals = new long[ROUNDS];
        long[][] perCheck = new long[checks.size()][ROUNDS];
        for (int round = -WARM_UP; round < ROUNDS; round++) {
            CreativeUnderCheck creative = composed.creative();
            long start = System.nanoTime();
            checker.check(creative);
            long elapsed = System.nanoTime() - start;
            CreativeUnderCheck again = composed.creative();
            for (int c = 0; c < checks.size(); c++) {
                long t0 = System.nanoTime();
                checks.get(c).check(again);
                if (round >= 0) {
                    perCheck[c][round] = System.nanoTime() - t0;
                }
            }
            if (round >= 0) {
                totals[round] = elapsed;
            }
        }
        System.out.printf(Locale.ROOT, "all quality checks, 1080x1920: median %.2f ms (p90 %.2f ms) over %d rounds%n",
                median(totals), percentile(totals, 0.9), ROUNDS);
        for (int c = 0; c < checks.size(); c++) {
            System.out.printf(Locale.ROOT, "  %-16s median %.2f ms%n", checks.get(c).name(), median(perCheck[c]));
        }
    }

    private static double median(long[] nanos) {
        return percentile(nanos, 0.5);
    }

    private static double percentile(long[] nanos, double q) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[(int) Math.min(sorted.length - 1, Math.floor(q * sorted.length))] / 1e6;
    }
}
