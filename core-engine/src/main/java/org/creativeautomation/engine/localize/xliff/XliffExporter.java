package org.creativeautomation.engine.localize.xliff;

import org.creativeautomation.engine.brand.BrandKit;
import org.creativeautomation.engine.brief.Brief;
import org.creativeautomation.engine.comply.legal.CopyField;
import org.creativeautomation.engine.compose.CopyCapacity;
import org.creativeautomation.engine.compose.TypeFaces;
import org.creativeautomation.engine.localize.CampaignCopy;
import org.creativeautomation.engine.localize.CopyLocalizer;
import org.creativeautomation.engine.localize.CopyOrigin;
import org.creativeautomation.engine.localize.CopyText;
import org.creativeautomation.engine.localize.LocaleCopy;
import org.creativeautomation.engine.localize.machine.Glossary;
import org.creativeautomation.engine.localize.market.MarketProfile;
import org.creativeautomation.engine.localize.market.MarketProfiles;
import org.creativeautomation.engine.store.AtomicFiles;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes the copy of a campaign that translators should do as XLIFF 2.0: one file per target
 * locale, {@code <locale>.xlf}, with a unit for each text the brief gives in another locale only.
 * A unit whose translation is approved carries it as its target (state final); a machine
 * translation or an approved translation of a similar text comes as a translation candidate, so a
 * translator starts from it without it passing for their own. Each unit says what the text is, its
 * length budget, and the terms that stay as written; the file says the brand's tone and the
 * market's conventions.
 */
public final class XliffExporter {
    private final XliffWriter writer = new XliffWriter();
    private final CopyCapacity capacity = new CopyCapacity();
    private final MarketProfiles markets;
    private final CopyLocalizer localizer;

    /** @param localizer where the campaign's glossary, the brand's tone and required disclaimers come from */
    public XliffExporter(MarketProfiles markets, CopyLocalizer localizer) {
        this.markets = markets;
        this.localizer = localizer;
    }

    /** A file written, and how many of its units still need a translator. */
    public record Written(Path file, String targetLocale, int units, int toTranslate) {
    }

    /** Writes every target locale's file into {@code dir} (created when missing), each atomically. */
    public List<Written> export(Brief brief, BrandKit kit, TypeFaces faces, CampaignCopy copy, Path dir) {
        List<XliffFile> files = files(brief, kit, faces, copy);
        List<Written> written = new ArrayList<>();
        try {
            Files.createDirectories(dir);
            for (XliffFile file : files) {
                Path target = dir.resolve(fileName(file, brief, copy));
                AtomicFiles.write(target, writer.write(file));
                int open = (int) file.units().stream().filter(u -> u.target() == null).count();
                written.add(new Written(target, file.trgLang(), file.units().size(), open));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write XLIFF into " + dir, e);
        }
        return written;
    }

    /**
     * The documents to write: per target locale (and source locale, in the rare brief whose texts
     * start from different locales), the units of the texts the brief leaves out.
     */
    public List<XliffFile> files(Brief brief, BrandKit kit, TypeFaces faces, CampaignCopy copy) {
        Glossary glossary = localizer.glossary(brief, kit);
        String tone = localizer.voice(kit).tone();
        List<XliffFile> files = new ArrayList<>();
        for (LocaleCopy locale : copy.byLocale().values()) {
            Map<String, List<XliffUnit>> bySource = new LinkedHashMap<>();
            CopyCapacity.Budget budget = capacity.of(kit, faces, brief.ratios(), locale.localeTag());
            for (Map.Entry<CopyField, CopyText> entry : locale.translated()) {
                bySource.computeIfAbsent(entry.getValue().sourceLocale(), k -> new ArrayList<>())
                        .add(unit(entry.getKey(), entry.getValue(), budget, glossary, kit, brief,
                                entry.getKey() == CopyField.DISCLAIMER
                                        ? localizer.requiredDisclaimers(kit, locale.region()) : List.of()));
            }
            bySource.forEach((source, units) -> files.add(new XliffFile(source, locale.localeTag(), brief.campaign(),
                    brief.source().getFileName().toString(), fileNotes(kit, tone, locale), units)));
        }
        return files;
    }

    private String fileName(XliffFile file, Brief brief, CampaignCopy copy) {
        LocaleCopy locale = copy.forLocale(file.trgLang());
        String main = locale.texts().get(CopyField.MESSAGE).sourceLocale();
        boolean mainSource = main == null || main.equals(file.srcLang());
        return file.trgLang() + (mainSource ? "" : ".from-" + file.srcLang()) + ".xlf";
    }

    private List<XliffUnit.Note> fileNotes(BrandKit kit, String tone, LocaleCopy locale) {
        List<XliffUnit.Note> notes = new ArrayList<>();
        notes.add(new XliffUnit.Note("brand", kit.name()));
        if (tone != null) {
            notes.add(new XliffUnit.Note("tone", tone));
        }
        MarketProfile market = markets.forRegion(locale.region()).orElse(null);
        if (market != null) {
            notes.add(new XliffUnit.Note("market", market.name() + ": prices in " + market.currency() + " as "
                    + market.prices() + ", numbers as " + market.numbers() + ", dates as " + market.dates()));
        }
        return notes;
    }

    private static XliffUnit unit(CopyField field, CopyText text, CopyCapacity.Budget budget, Glossary glossary,
                                  BrandKit kit, Brief brief, List<List<String>> required) {
        int maxChars = switch (field) {
            case MESSAGE -> budget.message();
            case CTA -> budget.cta();
            case DISCLAIMER -> budget.disclaimer();
        };
        List<XliffUnit.Note> notes = new ArrayList<>();
        notes.add(new XliffUnit.Note("context", describe(field) + " of an ad creative for " + kit.name() + " ("
                + brief.displayName() + ")."));
        notes.add(new XliffUnit.Note("length", "At most " + maxChars + " characters: longer text does not fit the "
                + "creative's text zone at the brand's smallest type. The source has "
                + text.sourceText().codePointCount(0, text.sourceText().length()) + "."));
        for (List<String> wordings : required) {
            notes.add(new XliffUnit.Note("legal", "The market's legal rules require, exactly as written, "
                    + (wordings.size() == 1 ? "" : "one of ")
                    + String.join(" or ", wordings.stream().map(w -> "\"" + w + "\"").toList()) + "."));
        }
        List<XliffUnit.Candidate> candidates = new ArrayList<>();
        String target = null;
        String state = "initial";
        if (text.origin() == CopyOrigin.MACHINE) {
            candidates.add(new XliffUnit.Candidate("mt", text.by(), 100, text.sourceText(), text.text()));
            notes.add(new XliffUnit.Note("status", "Machine translation by " + text.by() + " awaiting review: it "
                    + "is offered as a candidate."));
        } else if (text.isFuzzy()) {
            candidates.add(new XliffUnit.Candidate("tm", text.by(), text.matchPercent(), text.note(), text.text()));
            notes.add(new XliffUnit.Note("status", "Approved translation of a similar text (" + text.matchPercent()
                    + "% alike), offered as a candidate."));
        } else if (text.origin() == CopyOrigin.MEMORY) {
            target = text.text();
            state = "final";
            notes.add(new XliffUnit.Note("status", "Approved translation; change it only to improve it."));
        } else {
            notes.add(new XliffUnit.Note("status", "Not translated yet."));
        }
        return new XliffUnit(field.label(), text.sourceText(), target, state, notes, candidates,
                glossary.termsIn(text.sourceText()), null);
    }

    private static String describe(CopyField field) {
        return switch (field) {
            case MESSAGE -> "The headline";
            case CTA -> "The call-to-action button text";
            case DISCLAIMER -> "The disclaimer (legal small print)";
        };
    }
}
