package org.creativeautomation.engine.localize;

import org.creativeautomation.engine.brand.BrandKit;
import org.creativeautomation.engine.brief.Brief;
import org.creativeautomation.engine.brief.LocalizedText;
import org.creativeautomation.engine.brief.Product;
import org.creativeautomation.engine.comply.legal.CopyField;
import org.creativeautomation.engine.comply.legal.KitLegalFileReader;
import org.creativeautomation.engine.comply.legal.LegalRulebook;
import org.creativeautomation.engine.comply.legal.MarketRules;
import org.creativeautomation.engine.comply.legal.RequiredDisclaimer;
import org.creativeautomation.engine.comply.legal.TrademarkRule;
import org.creativeautomation.engine.compose.CopyCapacity;
import org.creativeautomation.engine.compose.TypeFaces;
import org.creativeautomation.engine.generate.NoProviderSucceededException;
import org.creativeautomation.engine.localize.machine.Glossary;
import org.creativeautomation.engine.localize.machine.KitVoice;
import org.creativeautomation.engine.localize.machine.KitVoiceReader;
import org.creativeautomation.engine.localize.machine.MachineTranslation;
import org.creativeautomation.engine.localize.machine.MachineTranslator;
import org.creativeautomation.engine.localize.machine.TranslationRequest;
import org.creativeautomation.engine.localize.market.MarketProfiles;
import org.creativeautomation.engine.localize.memory.MemoryEntry;
import org.creativeautomation.engine.localize.memory.MemoryMatch;
import org.creativeautomation.engine.localize.memory.MemoryStatus;
import org.creativeautomation.engine.localize.memory.TranslationMemory;
import org.creativeautomation.engine.spi.Failure;
import org.creativeautomation.engine.spi.ProviderException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Gives every locale of a brief its copy. A text the brief gives is used as written. A text it
 * leaves out is, in this order: the translation memory's translation of the same source text
 * (approved, else a machine translation awaiting approval); a new machine translation, when the run
 * has a translator (told the brand's tone, its do-not-translate terms, the length budget of the
 * text zone, the market's conventions, the disclaimers its legal rules require and approved
 * wording of similar texts), kept in the memory
 * for later runs; without one, an approved translation of a very similar text that states the same
 * numbers; else the source text itself. Every text not from the brief carries its origin, so
 * nothing untranslated or unapproved is silent.
 */
public final class CopyLocalizer {
    private static final Logger LOG = LoggerFactory.getLogger(CopyLocalizer.class);
    /** Approved translations of texts at least this alike are shown to the translator for consistent wording. */
    static final int REFERENCE_PERCENT = 70;
    /** Without a translator, an approved translation of a text at least this alike stands in, marked. */
    static final int STAND_IN_PERCENT = 85;
    private static final int REFERENCES = 3;

    private final TranslationMemory memory;
    private final MarketProfiles markets;
    private final KitVoiceReader voices = new KitVoiceReader();
    private final KitLegalFileReader legalFiles = new KitLegalFileReader();
    private final CopyCapacity capacity = new CopyCapacity();
    private final LegalRulebook legal;

    /** A localizer that tells translators the disclaimers the shipped market rules require. */
    public CopyLocalizer(TranslationMemory memory, MarketProfiles markets) {
        this(memory, markets, new LegalRulebook(MarketRules.shipped()));
    }

    /** @param legal the legal rules whose required disclaimers a translated disclaimer has to carry */
    public CopyLocalizer(TranslationMemory memory, MarketProfiles markets, LegalRulebook legal) {
        this.memory = memory;
        this.markets = markets;
        this.legal = legal;
    }

    /** The wordings the legal rules require in a disclaimer for {@code region}: one list per requirement. */
    public List<List<String>> requiredDisclaimers(BrandKit kit, String region) {
        return legal.rulesFor(kit, region).disclaimers().stream().map(RequiredDisclaimer::anyOf).toList();
    }

    /**
     * The copy of every locale of the brief.
     *
     * @param translator the run's machine translator; null to translate from the memory only
     */
    public CampaignCopy localize(Brief brief, BrandKit kit, TypeFaces faces, MachineTranslator translator) {
        Context context = new Context(brief, kit, faces, translator, voices.read(kit.folder()), glossary(brief, kit));
        Map<String, LocaleCopy> byLocale = new LinkedHashMap<>();
        for (String locale : brief.locales()) {
            Map<CopyField, CopyText> texts = new EnumMap<>(CopyField.class);
            for (CopyField field : CopyField.values()) {
                LocalizedText text = textOf(brief, field);
                if (text != null) {
                    texts.put(field, resolve(context, field, text, locale));
                }
            }
            byLocale.put(locale, new LocaleCopy(locale, brief.regionOf(locale), texts));
        }
        return new CampaignCopy(byLocale);
    }

    /** The do-not-translate terms of a campaign: brand, products, trademarks and the kit's own list. */
    public Glossary glossary(Brief brief, BrandKit kit) {
        List<String> terms = new ArrayList<>();
        terms.add(kit.name());
        brief.products().stream().map(Product::name).forEach(terms::add);
        legalFiles.read(kit.folder()).trademarks().stream().map(TrademarkRule::term).forEach(terms::add);
        terms.addAll(voices.read(kit.folder()).doNotTranslate());
        return Glossary.of(terms);
    }

    /** The kit's voice: its tone and its own do-not-translate terms. */
    public KitVoice voice(BrandKit kit) {
        return voices.read(kit.folder());
    }

    private record Context(Brief brief, BrandKit kit, TypeFaces faces, MachineTranslator translator, KitVoice voice,
                           Glossary glossary) {
    }

    private static LocalizedText textOf(Brief brief, CopyField field) {
        return switch (field) {
            case MESSAGE -> brief.message();
            case CTA -> brief.cta();
            case DISCLAIMER -> brief.disclaimer();
        };
    }

    private CopyText resolve(Context context, CopyField field, LocalizedText text, String locale) {
        if (text.has(locale)) {
            return CopyText.fromBrief(text.forLocale(locale));
        }
        String sourceLocale = text.sourceLocale();
        String source = text.forLocale(sourceLocale);
        Optional<MemoryEntry> known = memory.exact(sourceLocale, locale, source);
        if (known.isPresent()) {
            MemoryEntry entry = known.get();
            return entry.status() == MemoryStatus.APPROVED
                    ? new CopyText(entry.targetText(), CopyOrigin.MEMORY, sourceLocale, source, 100, entry.origin(), null)
                    : new CopyText(entry.targetText(), CopyOrigin.MACHINE, sourceLocale, source, 0,
                    entry.machineProvider(), null);
        }
        String why;
        if (context.translator() != null) {
            try {
                return translated(context, field, sourceLocale, source, locale);
            } catch (NoProviderSucceededException | ProviderException e) {
                if (e instanceof ProviderException p && p.failure() == Failure.CANCELLED) {
                    throw p;
                }
                why = "the translator failed (" + describe(e) + ")";
                LOG.warn("Translating the {} into {} failed: {}", field.label(), locale, describe(e));
            }
        } else {
            why = "no translator (run with --translator, or import a translation with studio l10n import)";
        }
        Optional<MemoryMatch> standIn = memory.fuzzy(sourceLocale, locale, source, STAND_IN_PERCENT, 1).stream()
                .filter(match -> TranslationMemory.keepsTheNumbers(match, source))
                .findFirst();
        if (standIn.isPresent()) {
            MemoryEntry entry = standIn.get().entry();
            return new CopyText(entry.targetText(), CopyOrigin.MEMORY, sourceLocale, source, standIn.get().percent(),
                    entry.origin(), entry.sourceText());
        }
        return new CopyText(source, CopyOrigin.SOURCE, sourceLocale, source, 0, null, why);
    }

    private CopyText translated(Context context, CopyField field, String sourceLocale, String source, String locale) {
        CopyCapacity.Budget budget = capacity.of(context.kit(), context.faces(), context.brief().ratios(), locale);
        int maxChars = switch (field) {
            case MESSAGE -> budget.message();
            case CTA -> budget.cta();
            case DISCLAIMER -> budget.disclaimer();
        };
        TranslationRequest request = new TranslationRequest(field, sourceLocale, source, locale, context.kit().name(),
                context.voice().tone(), context.glossary(),
                markets.forRegion(context.brief().regionOf(locale)).orElse(null), maxChars,
                memory.fuzzy(sourceLocale, locale, source, REFERENCE_PERCENT, REFERENCES),
                field == CopyField.DISCLAIMER ? requiredDisclaimers(context.kit(), context.brief().regionOf(locale))
                        : List.of());
        MachineTranslation translation = context.translator().translate(request);
        memory.recordMachine(sourceLocale, locale, source, translation.text(), translation.provider(),
                context.brief().campaign());
        LOG.info("Machine-translated the {} into {} with {} (${})", field.label(), locale, translation.provider(),
                translation.costUsd());
        return new CopyText(translation.text(), CopyOrigin.MACHINE, sourceLocale, source, 0, translation.provider(),
                null);
    }

    private static String describe(RuntimeException e) {
        String message = e.getMessage();
        if (e.getCause() != null && e.getCause().getMessage() != null) {
            message = message + ": " + e.getCause().getMessage();
        }
        return message;
    }
}
