package org.creativeautomation.plugins.openai;

import org.creativeautomation.engine.generate.ModelPrices;
import org.creativeautomation.engine.generate.PriceTable;
import org.creativeautomation.engine.generate.ProviderPrices;
import org.creativeautomation.engine.generate.Usd;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The cost this plugin reports for a call is the price the studio's shipped price table estimated
 * for it, so a run's ledger and its budget agree. (Test code may read the engine; the plugin may not.)
 */
class PricesAgreeWithPriceTableTest {
    private final ProviderPrices openai = PriceTable.shipped().providers().get(OpenAiImageGenerator.ID);

    @Test
    void everyListedModelSizeAndQualityHasTheSamePrice() {
        Map<String, ModelPrices> models = ((ProviderPrices.ByModel) openai.pricing()).models();
        int compared = 0;
        for (Map.Entry<String, ModelPrices> model : models.entrySet()) {
            for (var size : model.getValue().sizes().entrySet()) {
                for (var quality : size.getValue().entrySet()) {
                    String wxh = size.getKey().width() + "x" + size.getKey().height();
                    assertThat(Usd.of(OpenAiPrices.perImage(model.getKey(), wxh, quality.getKey())))
                            .as(model.getKey() + " " + wxh + " " + quality.getKey()).isEqualTo(quality.getValue());
                    compared++;
                }
            }
        }
        assertThat(compared).isEqualTo(15);
    }

    @Test
    void theDefaultQualityIsTheOneThePluginAsksFor() {
        Map<String, ModelPrices> models = ((ProviderPrices.ByModel) openai.pricing()).models();

        assertThat(models.get(OpenAiImageGenerator.GPT_IMAGE_1).defaultQuality()).isEqualTo("high");
        assertThat(models.get(OpenAiImageGenerator.DALL_E_3).defaultQuality()).isEqualTo("hd");
        assertThat(Usd.of(OpenAiPrices.perImage(OpenAiImageGenerator.GPT_IMAGE_1, "1024x1024", null)))
                .isEqualTo(PriceTable.shipped().estimate("openai", "gpt-image-1", 2048, 2048, null).price());
    }
}
