package org.creativeautomation.engine.store;

import java.nio.file.Path;
import java.time.Instant;

/**
 * A campaign of the studio's library.
 *
 * @param folder    the campaign's folder: its brief file, the input assets it names, its outputs
 * @param campaign  the brief's campaign id as last saved ("" while the brief has none)
 * @param name      the name to show: the brief's name, else its campaign id
 * @param openedAt  when it was last opened; null when never
 * @param latestRun the newest run of its brief file; null when it has never been run
 */
public record StoredCampaign(
        long id,
        Path folder,
        String campaign,
        String name,
        String brand,
        CampaignStatus status,
        Instant createdAt,
        Instant updatedAt,
        Instant openedAt,
        RunRecord latestRun) {

    /** The name of every library campaign's brief file in its folder. */
    public static final String BRIEF_FILE = "brief.yaml";

    public Path briefFile() {
        return folder.resolve(BRIEF_FILE);
    }

    /** Where the studio writes the campaign's creatives. */
    public Path outputFolder() {
        return folder.resolve("out");
    }
}
