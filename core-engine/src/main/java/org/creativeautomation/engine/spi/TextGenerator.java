package org.creativeautomation.engine.spi;

/** A chat-style language model. Failures are reported as {@link ProviderException}. */
public interface TextGenerator {

    /** Stable provider id, e.g. {@code openai}. */
    String id();

    /** @throws ProviderException when the provider cannot deliver */
    TextResult complete(TextRequest request);
}
