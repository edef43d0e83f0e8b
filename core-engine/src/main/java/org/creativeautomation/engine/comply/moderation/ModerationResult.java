package org.creativeautomation.engine.comply.moderation;

import java.util.List;
import java.util.Set;

/**
 * What a moderator found in one text or image.
 *
 * @param moderator   the moderator's name, for findings
 * @param scores      one per category it assessed
 * @param notAssessed the categories it could not judge (an offline image moderator sees no hate
 *                    symbols; a lexicon has no words for an unsupported language)
 * @param note        why those were not assessed; empty when all were
 */
public record ModerationResult(String moderator, List<CategoryScore> scores, Set<ModerationCategory> notAssessed,
                               String note) {

    public ModerationResult {
        scores = List.copyOf(scores);
        notAssessed = Set.copyOf(notAssessed);
    }

    /** The scores that are not clear. */
    public List<CategoryScore> flags() {
        return scores.stream().filter(s -> s.verdict() != Verdict.CLEAR).toList();
    }
}
