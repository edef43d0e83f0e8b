package org.creativeautomation.studio.ui.library;

import org.creativeautomation.engine.store.StoredCampaign;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * What the library's search box asks for: every word typed must appear in the campaign's name, id,
 * brand or review status, in any case and order ("acme review" finds Acme campaigns in review).
 */
record CampaignFilter(String query) implements Predicate<StoredCampaign> {

    @Override
    public boolean test(StoredCampaign campaign) {
        String haystack = String.join(" ", campaign.name(), campaign.campaign(), campaign.brand(),
                campaign.status().label(), campaign.status().code()).toLowerCase(Locale.ROOT);
        return words().stream().allMatch(haystack::contains);
    }

    private List<String> words() {
        if (query == null || query.isBlank()) {
            return List.of();
        }
        return Arrays.stream(query.toLowerCase(Locale.ROOT).strip().split("\\s+")).toList();
    }
}
