package org.creativeautomation.engine.compose;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CopyCapacityTest {
    private final CopyCapacity capacity = new CopyCapacity();

    @Test
    void aCampaignsBudgetIsThatOfItsNarrowestTextZone() {
        CopyCapacity.Budget square = capacity.of(AcmeKit.KIT, AcmeKit.FACES, List.of(Ratio.SQUARE), "en-US");
        CopyCapacity.Budget withLandscape = capacity.of(AcmeKit.KIT, AcmeKit.FACES,
                List.of(Ratio.SQUARE, Ratio.LANDSCAPE), "en-US");

        // Acme sets 16:9 copy in a column beside the product, narrower than the square's band.
        assertThat(withLandscape.message()).isLessThan(square.message());
        assertThat(square.message()).isBetween(60, 200);
        assertThat(square.cta()).isLessThan(square.message());
        assertThat(square.disclaimer()).isPositive();
    }

    @Test
    void wideCharactersLeaveRoomForFewerOfThem() {
        CopyCapacity.Budget latin = capacity.of(AcmeKit.KIT, AcmeKit.FACES, List.of(Ratio.SQUARE), "de-DE");
        CopyCapacity.Budget japanese = capacity.of(AcmeKit.KIT, AcmeKit.FACES, List.of(Ratio.SQUARE), "ja-JP");

        assertThat(japanese.message()).isLessThan(latin.message());
        assertThat(japanese.cta()).isLessThan(latin.cta());
    }
}
