package org.creativeautomation.engine.compose;

/**
 * The words of one creative in one locale.
 *
 * @param cta        null when there is none
 * @param disclaimer null when there is none
 */
public record CreativeCopy(String localeTag, String message, String cta, String disclaimer) {
}
