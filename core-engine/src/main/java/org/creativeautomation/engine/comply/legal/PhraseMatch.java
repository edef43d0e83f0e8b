package org.creativeautomation.engine.comply.legal;

/**
 * One place where a listed phrase occurs.
 *
 * @param phrase    the phrase as listed
 * @param span      where it stands in the original text
 * @param matched   the original text of the span, as the copy writes it
 * @param inflected true when the last word matched in an inflected form ({@code cures} for {@code cure})
 */
public record PhraseMatch(String phrase, TextSpan span, String matched, boolean inflected) {
}
