package org.creativeautomation.engine.comply.legal;

import org.creativeautomation.engine.document.DocNode;
import org.creativeautomation.engine.document.DocumentReader;
import org.creativeautomation.engine.document.FieldPath;
import org.creativeautomation.engine.document.FieldReader;
import org.creativeautomation.engine.document.InvalidDocumentException;
import org.creativeautomation.engine.document.MapFields;
import org.creativeautomation.engine.document.Problems;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Reads a market rules file into {@link MarketRules}; every problem is reported at once. */
final class MarketRulesReader {
    private static final Set<String> REGIONS = Set.of(Locale.getISOCountries());
    private static final Set<String> LANGUAGES = Set.of(Locale.getISOLanguages());
    private static final List<String> ROOT_FIELDS = List.of("regions", "claims");
    private static final List<String> REGION_FIELDS = List.of("prohibited", "disclaimers", "categoryRules");
    private static final List<String> CATEGORY_FIELDS = List.of("categories", "prohibited", "disclaimers");
    private static final List<String> DISCLAIMER_FIELDS = List.of("anyOf", "reason");
    private static final List<String> CLAIM_FIELDS = List.of(ClaimKind.SUPERLATIVE.id(), ClaimKind.ABSOLUTE.id(),
            ClaimKind.HEALTH.id(), ClaimKind.FREE_OFFER.id(), "freeTerms", "notOffers");

    private final DocumentReader documents = new DocumentReader();

    MarketRules read(Path file) {
        Problems problems = new Problems();
        DocNode root;
        try {
            root = documents.read(file, problems);
        } catch (InvalidDocumentException e) {
            throw new MarketRulesException(e.problems());
        }
        return read(root, problems);
    }

    /** Reads a class path resource; its locations name the resource path. */
    MarketRules readResource(String resource) {
        Problems problems = new Problems();
        DocNode root;
        try {
            root = documents.readResource(MarketRulesReader.class, resource, problems);
        } catch (InvalidDocumentException e) {
            throw new MarketRulesException(e.problems());
        }
        return read(root, problems);
    }

    private MarketRules read(DocNode root, Problems problems) {
        RuleFields fields = new RuleFields(new FieldReader(problems));
        FieldReader reader = fields.reader();
        Map<String, RegionRules> regions = new LinkedHashMap<>();
        Map<String, ClaimLexicon> claims = new LinkedHashMap<>();
        reader.fields(root, FieldPath.ROOT, ROOT_FIELDS).ifPresent(top -> {
            top.required("regions", "a map of region codes (and default) to their rules")
                    .flatMap(node -> reader.map(node, top.path("regions")))
                    .ifPresent(map -> readRegions(map, top.path("regions"), fields, regions));
            top.required("claims", "a map of language codes to their risky claims")
                    .flatMap(node -> reader.map(node, top.path("claims")))
                    .ifPresent(map -> readClaims(map, top.path("claims"), fields, claims));
        });
        problems.throwIfAny(MarketRulesException::new);
        return new MarketRules(regions, claims);
    }

    private static void readRegions(DocNode.MapNode map, FieldPath path, RuleFields fields,
                                    Map<String, RegionRules> out) {
        FieldReader reader = fields.reader();
        for (DocNode.Entry entry : map.entries().values()) {
            String region = entry.key();
            FieldPath at = path.field(region);
            if (!region.equals(MarketRules.DEFAULT_REGION) && !REGIONS.contains(region)) {
                reader.report(entry.keyLocation(), at, "\"" + region
                        + "\" is not a region (an ISO 3166-1 alpha-2 code in capitals, such as FR, or default)");
                continue;
            }
            reader.fields(entry.value(), at, REGION_FIELDS).ifPresent(rules -> {
                List<String> prohibited = fields.phrases(rules, "prohibited");
                List<RequiredDisclaimer> disclaimers = disclaimers(rules, fields);
                List<CategoryRules> categoryRules = new ArrayList<>();
                rules.optional("categoryRules").flatMap(node -> reader.list(node, rules.path("categoryRules")))
                        .ifPresent(items -> {
                            for (int i = 0; i < items.size(); i++) {
                                FieldPath itemPath = rules.path("categoryRules").index(i);
                                reader.fields(items.get(i), itemPath, CATEGORY_FIELDS).ifPresent(group ->
                                        categoryRules.add(new CategoryRules(fields.categories(group, "categories"),
                                                fields.phrases(group, "prohibited"), disclaimers(group, fields))));
                            }
                        });
                out.put(region, new RegionRules(region, prohibited, disclaimers, categoryRules));
            });
        }
    }

    private static List<RequiredDisclaimer> disclaimers(MapFields rules, RuleFields fields) {
        FieldReader reader = fields.reader();
        List<RequiredDisclaimer> out = new ArrayList<>();
        rules.optional("disclaimers").flatMap(node -> reader.list(node, rules.path("disclaimers"))).ifPresent(items -> {
            for (int i = 0; i < items.size(); i++) {
                FieldPath at = rules.path("disclaimers").index(i);
                reader.fields(items.get(i), at, DISCLAIMER_FIELDS).ifPresent(d -> {
                    List<String> anyOf = d.required("anyOf", "the accepted wordings of the disclaimer")
                            .map(node -> fields.phrases(node, d.path("anyOf"))).orElse(List.of());
                    Optional<String> reason = d.required("reason", "why the disclaimer is required")
                            .flatMap(node -> reader.text(node, d.path("reason"), "why the disclaimer is required"));
                    if (!anyOf.isEmpty() && reason.isPresent()) {
                        out.add(new RequiredDisclaimer(anyOf, reason.get()));
                    }
                });
            }
        });
        return out;
    }

    private static void readClaims(DocNode.MapNode map, FieldPath path, RuleFields fields,
                                   Map<String, ClaimLexicon> out) {
        FieldReader reader = fields.reader();
        for (DocNode.Entry entry : map.entries().values()) {
            String language = entry.key();
            FieldPath at = path.field(language);
            if (!LANGUAGES.contains(language)) {
                reader.report(entry.keyLocation(), at,
                        "\"" + language + "\" is not a language (an ISO 639 code in lower case, such as fr)");
                continue;
            }
            reader.fields(entry.value(), at, CLAIM_FIELDS).ifPresent(lexicon -> {
                Map<ClaimKind, List<String>> claims = new EnumMap<>(ClaimKind.class);
                for (ClaimKind kind : List.of(ClaimKind.SUPERLATIVE, ClaimKind.ABSOLUTE, ClaimKind.HEALTH)) {
                    claims.put(kind, fields.phrases(lexicon, kind.id()));
                }
                ClaimLexicon.FreeOfferRule free = new ClaimLexicon.FreeOfferRule(
                        fields.phrases(lexicon, ClaimKind.FREE_OFFER.id()),
                        fields.phrases(lexicon, "freeTerms"), fields.phrases(lexicon, "notOffers"));
                out.put(language, new ClaimLexicon(language, claims, free));
            });
        }
    }
}
