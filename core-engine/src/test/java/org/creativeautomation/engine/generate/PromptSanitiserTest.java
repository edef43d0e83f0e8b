package org.creativeautomation.engine.generate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PromptSanitiserTest {

    private final PromptSanitiser sanitiser = new PromptSanitiser();

    @Test
    void dropsSentencesThatMentionPeople() {
        assertThat(sanitiser.sanitise("A green can on moss. A smiling woman holds it! Soft morning light."))
                .isEqualTo("A green can on moss. Soft morning light.");
    }

    @Test
    void dropsSentencesThatMentionViolenceWhateverTheirCase() {
        assertThat(sanitiser.sanitise("Energy drink. Explosion of FLAVOUR; like a Fight."))
                .isEqualTo("Energy drink.");
    }

    @Test
    void matchesWholeWordsOnly() {
        String prompt = "A mango smoothie in a manly bottle. Swarm of bubbles.";

        assertThat(sanitiser.sanitise(prompt)).isEqualTo(prompt);
    }

    @Test
    void leavesNothingWhenEverySentenceIsDenied() {
        assertThat(sanitiser.sanitise("A man. A gun.")).isEmpty();
    }
}
