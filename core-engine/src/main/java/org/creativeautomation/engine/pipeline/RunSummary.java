package org.creativeautomation.engine.pipeline;

import org.creativeautomation.engine.generate.BudgetStop;
import org.creativeautomation.engine.generate.Usd;
import org.creativeautomation.engine.localize.CampaignCopy;

import java.nio.file.Path;
import java.util.List;

/**
 * What a run did, for the closing summary.
 *
 * @param compliance   {@code compliance.json}
 * @param proofSheet   {@code proof-sheet.pdf}
 * @param layoutIssues every layout issue of the campaign's creatives as {@code path: code: message}
 * @param generationSpent what this run spent on image generation
 * @param budgetStop   the paid hero call a spending cap did not cover (its hero came from the offline
 *                     generator, and so did every later paid one's); null when none was refused
 * @param copy         every locale's copy with the origin of each text
 * @param expansions   how the creatives the heroes could not fill uncut were widened
 */
public record RunSummary(
        String campaign,
        String campaignName,
        Path outDir,
        Path manifest,
        int products,
        int ratios,
        int locales,
        int creatives,
        int rendered,
        int upToDate,
        int removed,
        int generated,
        int cached,
        int inputs,
        long elapsedMs,
        List<String> layoutIssues,
        Path compliance,
        Path proofSheet,
        ComplianceTally tally,
        Usd generationSpent,
        BudgetStop budgetStop,
        CampaignCopy copy,
        ExpansionTally expansions) {

    public RunSummary {
        layoutIssues = List.copyOf(layoutIssues);
    }
}
