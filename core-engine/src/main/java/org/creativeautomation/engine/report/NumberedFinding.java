package org.creativeautomation.engine.report;

import org.creativeautomation.engine.comply.Finding;
import org.creativeautomation.engine.comply.Severity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** A finding with the number that ties its box on the thumbnail to its row in the findings table. */
record NumberedFinding(int number, ProofCreative creative, Finding finding) {

    /**
     * Numbers a product's findings from 1 in the order the thumbnails appear, most severe first within
     * a creative, so the table reads in the same order as the grid.
     */
    static List<NumberedFinding> number(List<ProofCreative> creatives) {
        List<NumberedFinding> numbered = new ArrayList<>();
        for (ProofCreative creative : creatives) {
            creative.findings().stream()
                    .sorted(Comparator.comparing(Finding::severity, Comparator.comparingInt(Severity::ordinal)))
                    .forEach(f -> numbered.add(new NumberedFinding(numbered.size() + 1, creative, f)));
        }
        return numbered;
    }
}
