package org.creativeautomation.engine.comply.moderation;

/**
 * A moderator's judgement of one category.
 *
 * @param score    the moderator's own measure from 0 to 1 (a network moderator's probability, the
 *                 offline image moderator's share of skin-coloured pixels, 1 for a lexicon hit)
 * @param evidence what the verdict rests on, for findings: the words found, a measured share;
 *                 empty when clear
 */
public record CategoryScore(ModerationCategory category, double score, Verdict verdict, String evidence) {

    public static CategoryScore clear(ModerationCategory category) {
        return new CategoryScore(category, 0, Verdict.CLEAR, "");
    }
}
