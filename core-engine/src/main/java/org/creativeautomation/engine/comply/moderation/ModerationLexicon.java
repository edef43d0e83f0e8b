package org.creativeautomation.engine.comply.moderation;

import org.creativeautomation.engine.comply.legal.Phrase;
import org.creativeautomation.engine.document.DocNode;
import org.creativeautomation.engine.document.DocumentReader;
import org.creativeautomation.engine.document.FieldReader;
import org.creativeautomation.engine.document.FieldPath;
import org.creativeautomation.engine.document.InvalidDocumentException;
import org.creativeautomation.engine.document.Problem;
import org.creativeautomation.engine.document.Problems;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The words and phrases of one language that mark copy as hateful, sexual, violent or about
 * self-harm. Lexicons are data, one YAML file per language beside this class
 * ({@code moderation/lexicon-<language>.yaml}, a list per category), kept short: only terms that
 * are unambiguous in advertising copy, so that a hit deserves a finding.
 *
 * @param terms phrases per category, matched like every other phrase of the engine
 */
public record ModerationLexicon(String language, Map<ModerationCategory, List<String>> terms) {
    /** The languages the engine ships a lexicon for. */
    public static final List<String> LANGUAGES = List.of("en", "es", "de", "fr", "it", "pt", "nl", "ja");

    private static final String FOLDER = "/org/creativeautomation/engine/comply/moderation/";

    public ModerationLexicon {
        terms = Map.copyOf(terms);
    }

    public List<String> terms(ModerationCategory category) {
        return terms.getOrDefault(category, List.of());
    }

    /** The shipped lexicon of an ISO 639 language, one of {@link #LANGUAGES}. */
    public static ModerationLexicon shipped(String language) {
        if (!LANGUAGES.contains(language)) {
            throw new IllegalArgumentException("no moderation lexicon for language " + language);
        }
        String resource = FOLDER + "lexicon-" + language + ".yaml";
        String text;
        try (InputStream in = ModerationLexicon.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new InvalidDocumentException(List.of(new Problem(null, null, resource + ": not on the class path")));
            }
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return parse(language, Path.of(resource.substring(1)), text);
    }

    /** Reads a lexicon document; {@code source} names it in problems. */
    static ModerationLexicon parse(String language, Path source, String text) {
        Problems problems = new Problems();
        DocNode root = new DocumentReader().parse(source, text, DocumentReader.Format.YAML, problems);
        FieldReader reader = new FieldReader(problems);
        List<String> ids = Arrays.stream(ModerationCategory.values()).map(ModerationCategory::id).toList();
        Map<ModerationCategory, List<String>> terms = new EnumMap<>(ModerationCategory.class);
        reader.fields(root, FieldPath.ROOT, ids).ifPresent(fields -> {
            for (ModerationCategory category : ModerationCategory.values()) {
                String key = category.id();
                List<String> list = new ArrayList<>();
                fields.required(key, "a list of " + category.description() + " terms")
                        .flatMap(node -> reader.list(node, fields.path(key)))
                        .ifPresent(items -> {
                            for (int i = 0; i < items.size(); i++) {
                                FieldPath at = fields.path(key).index(i);
                                DocNode item = items.get(i);
                                reader.text(item, at, "a word or phrase").ifPresent(term -> {
                                    if (Phrase.of(term).isEmpty()) {
                                        reader.report(item, at, "\"" + term + "\" has no letters to match");
                                    } else {
                                        list.add(term);
                                    }
                                });
                            }
                        });
                terms.put(category, list);
            }
        });
        problems.throwIfAny(InvalidDocumentException::new);
        return new ModerationLexicon(language, terms);
    }
}
