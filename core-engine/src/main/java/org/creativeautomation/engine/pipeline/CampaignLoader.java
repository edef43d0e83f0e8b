package org.creativeautomation.engine.pipeline;

import org.creativeautomation.engine.brand.BrandKit;
import org.creativeautomation.engine.brand.BrandKitLocator;
import org.creativeautomation.engine.brief.Brief;
import org.creativeautomation.engine.brief.BriefException;
import org.creativeautomation.engine.brief.BriefParser;
import org.creativeautomation.engine.document.DocNode;
import org.creativeautomation.engine.document.DocumentReader;
import org.creativeautomation.engine.document.Location;
import org.creativeautomation.engine.document.NearestName;
import org.creativeautomation.engine.document.Problem;
import org.creativeautomation.engine.document.Problems;

import java.nio.file.Path;
import java.util.List;

/** Loads a brief and the brand kit it names; a kit that cannot be found is reported at the brief's {@code brand} field. */
public final class CampaignLoader {
    private final BriefParser parser;
    private final BrandKitLocator kits;

    public CampaignLoader(BriefParser parser, BrandKitLocator kits) {
        this.parser = parser;
        this.kits = kits;
    }

    public Campaign load(Path briefFile) {
        Brief brief = parser.parse(briefFile);
        List<String> available = kits.availableIds();
        if (!available.contains(brief.brand())) {
            String hint = NearestName.among(brief.brand(), available).map(n -> "did you mean \"" + n + "\"? ").orElse("");
            String known = available.isEmpty() ? "no kits are installed" : "available: " + String.join(", ", available);
            throw new BriefException(List.of(new Problem(brandLocation(briefFile), "brand",
                    "no brand kit \"" + brief.brand() + "\" (" + hint + known + ")")));
        }
        BrandKit kit = kits.find(brief.brand());
        return new Campaign(brief, KitResources.load(kit));
    }

    /** Where the brief's {@code brand} value stands, for the message. */
    private static Location brandLocation(Path briefFile) {
        DocNode root = new DocumentReader().read(briefFile, new Problems());
        if (root instanceof DocNode.MapNode map && map.get("brand") != null) {
            return map.get("brand").location();
        }
        return Location.startOf(briefFile);
    }
}
