package org.creativeautomation.engine.localize.machine;

import org.creativeautomation.engine.comply.legal.CopyField;
import org.creativeautomation.engine.localize.memory.MemoryMatch;
import org.creativeautomation.engine.spi.ChatMessage;
import org.creativeautomation.engine.spi.Role;
import org.creativeautomation.engine.spi.TextRequest;

import java.util.List;
import java.util.Locale;

/**
 * Words a translation request for a language model: the system message carries the brief (brand,
 * tone, do-not-translate terms, length budget, the market's conventions, approved wording of
 * similar texts) and the user message only the text, so a text that reads like an instruction is
 * still only translated.
 */
final class TranslationPrompt {
    /** The most an answer may take: copy is short, and a long answer is a wrong one. */
    private static final int MAX_TOKENS = 400;

    private TranslationPrompt() {
    }

    static TextRequest of(TranslationRequest request) {
        return new TextRequest(null, List.of(new ChatMessage(Role.SYSTEM, system(request)),
                new ChatMessage(Role.USER, request.sourceText())), 0.0, MAX_TOKENS);
    }

    static String system(TranslationRequest r) {
        StringBuilder p = new StringBuilder();
        p.append("You translate advertising copy for ").append(r.brand()).append(". Translate the ")
                .append(role(r.field())).append(" the user sends from ").append(language(r.sourceLocale()))
                .append(" into ").append(language(r.targetLocale())).append(". It appears on a finished ad creative.\n");
        if (r.tone() != null) {
            p.append("Brand tone: ").append(r.tone().strip()).append(" Keep that tone; adapt idioms rather than "
                    + "translating them word for word.\n");
        }
        List<String> terms = r.glossary().doNotTranslate();
        if (!terms.isEmpty()) {
            p.append("Do not translate these names and terms; write them exactly as given: ")
                    .append(String.join(", ", terms.stream().map(t -> "\"" + t + "\"").toList())).append(".\n");
        }
        p.append("Length budget: at most ").append(r.maxChars()).append(" characters; the source has ")
                .append(r.sourceText().codePointCount(0, r.sourceText().length()))
                .append(". Longer text does not fit the creative's text zone.\n");
        if (r.market() != null) {
            p.append("Market: ").append(r.market().name()).append(". Write prices in ").append(r.market().currency())
                    .append(" as ").append(r.market().prices()).append(", numbers as ").append(r.market().numbers())
                    .append(" and dates as ").append(r.market().dates()).append(".\n");
        }
        for (List<String> wordings : r.required()) {
            p.append("The legal rules of the market require it to contain, exactly as written, ")
                    .append(wordings.size() == 1 ? "" : "one of ")
                    .append(String.join(" or ", wordings.stream().map(w -> "\"" + w + "\"").toList()))
                    .append(".\n");
        }
        if (!r.references().isEmpty()) {
            p.append("Approved translations of similar texts (keep their wording where it fits):\n");
            for (MemoryMatch match : r.references()) {
                p.append("- \"").append(match.entry().sourceText()).append("\" -> \"")
                        .append(match.entry().targetText()).append("\"\n");
            }
        }
        p.append("Answer with the translation only: no quotes, no notes, no explanations.");
        return p.toString();
    }

    private static String role(CopyField field) {
        return switch (field) {
            case MESSAGE -> "headline";
            case CTA -> "call-to-action button text";
            case DISCLAIMER -> "disclaimer (legal small print)";
        };
    }

    /** "German (Germany, de-DE)". */
    private static String language(String localeTag) {
        Locale locale = Locale.forLanguageTag(localeTag);
        String country = locale.getDisplayCountry(Locale.ENGLISH);
        return locale.getDisplayLanguage(Locale.ENGLISH) + " (" + (country.isEmpty() ? "" : country + ", ")
                + localeTag + ")";
    }
}
