package org.creativeautomation.engine.pipeline;

import java.util.List;
import java.util.Objects;

/**
 * How a run's creatives that could not be filled by their hero uncut were widened: by a provider's
 * generative expand, or by the composer's own extension, and why the composer's was used.
 *
 * @param expanded creatives on a provider's expansion (made in this run or taken from the cache)
 * @param composed creatives on the composer's extension although the run tried to expand
 * @param reasons  the distinct reasons the composer's extension was used, in creative order
 */
public record ExpansionTally(int expanded, int composed, List<String> reasons) {
    public static final ExpansionTally NONE = new ExpansionTally(0, 0, List.of());

    public ExpansionTally {
        reasons = List.copyOf(reasons);
    }

    static ExpansionTally of(List<ExpansionInfo> expansions) {
        List<ExpansionInfo> recorded = expansions.stream().filter(Objects::nonNull).toList();
        int expanded = (int) recorded.stream().filter(ExpansionInfo::generative).count();
        return new ExpansionTally(expanded, recorded.size() - expanded, recorded.stream()
                .filter(e -> !e.generative()).map(ExpansionInfo::reason).filter(Objects::nonNull).distinct().toList());
    }

    public boolean isEmpty() {
        return expanded + composed == 0;
    }
}
