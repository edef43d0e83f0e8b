package org.creativeautomation.engine.spi;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ExpandRequestTest {

    @Test
    void theExpandedCanvasIsTheImagePlusItsMargins() {
        ExpandRequest request = new ExpandRequest(new byte[]{1}, 400, 300, 10, 20, 30, 40, "continue", 7L);

        assertThat(request.expandedWidth()).isEqualTo(440);
        assertThat(request.expandedHeight()).isEqualTo(360);
    }

    @Test
    void itsImageCannotBeChangedFromOutside() {
        byte[] bytes = {1, 2, 3};
        ExpandRequest request = new ExpandRequest(bytes, 4, 4, 1, 0, 0, 0, "continue", null);
        bytes[0] = 9;
        request.image()[1] = 9;

        assertThat(request.image()).containsExactly(1, 2, 3);
    }

    @Test
    void aRequestThatAddsNothingOrTakesAwayIsRefused() {
        assertThatThrownBy(() -> new ExpandRequest(new byte[]{1}, 4, 4, 0, 0, 0, 0, "continue", null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ExpandRequest(new byte[]{1}, 4, 4, -1, 2, 0, 0, "continue", null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ExpandRequest(new byte[0], 4, 4, 1, 0, 0, 0, "continue", null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void requestsWithTheSameContentAreEqualAndNeverPrintTheirBytes() {
        ExpandRequest one = new ExpandRequest(new byte[]{5, 6}, 4, 4, 1, 0, 0, 0, "continue", 3L);
        ExpandRequest two = new ExpandRequest(new byte[]{5, 6}, 4, 4, 1, 0, 0, 0, "continue", 3L);

        assertThat(one).isEqualTo(two).hasSameHashCodeAs(two);
        assertThat(one.withPrompt("other")).isNotEqualTo(one);
        assertThat(one.toString()).contains("2 bytes").doesNotContain("[5");
    }
}
