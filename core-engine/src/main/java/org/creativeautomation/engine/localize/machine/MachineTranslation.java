package org.creativeautomation.engine.localize.machine;

/**
 * A translator's answer.
 *
 * @param provider the text provider that wrote it, e.g. {@code openai}
 * @param costUsd  what the provider says the call cost
 */
public record MachineTranslation(String text, String provider, double costUsd) {
}
