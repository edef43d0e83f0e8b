/**
 * Content moderation of copy and pixels ({@code moderation.flagged}).
 *
 * <p>Moderators are interfaces ({@link org.creativeautomation.engine.comply.moderation.TextModerator},
 * {@link org.creativeautomation.engine.comply.moderation.ImageModerator}) returning a
 * {@link org.creativeautomation.engine.comply.moderation.ModerationResult} per text or image; the
 * checks turn results into findings the same way whoever moderated. A
 * {@link org.creativeautomation.engine.comply.moderation.Verdict#FLAGGED} category has the
 * category's severity (error for hate, sexual and self-harm content, warning for violence); a
 * {@link org.creativeautomation.engine.comply.moderation.Verdict#REVIEW} signal is a warning.
 *
 * <p>The offline moderators: {@link org.creativeautomation.engine.comply.moderation.LexiconTextModerator}
 * (lexicons per language, {@code moderation/lexicon-<language>.yaml}) and
 * {@link org.creativeautomation.engine.comply.moderation.OfflineImageModerator} (a skin-tone
 * heuristic that only asks for review). A network moderator implements the same interfaces.
 */
package org.creativeautomation.engine.comply.moderation;
