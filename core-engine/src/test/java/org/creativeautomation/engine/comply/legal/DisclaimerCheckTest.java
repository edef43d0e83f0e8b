package org.creativeautomation.engine.comply.legal;

import org.creativeautomation.engine.brand.BrandKit;
import org.creativeautomation.engine.comply.CheckId;
import org.creativeautomation.engine.comply.CreativeUnderCheck;
import org.creativeautomation.engine.comply.Finding;
import org.creativeautomation.engine.comply.Severity;
import org.creativeautomation.engine.compose.CreativeCopy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.creativeautomation.engine.comply.legal.LegalFixtures.ACME;
import static org.creativeautomation.engine.comply.legal.LegalFixtures.STRIDE;
import static org.creativeautomation.engine.comply.legal.LegalFixtures.creative;
import static org.creativeautomation.engine.comply.legal.LegalFixtures.kit;
import static org.creativeautomation.engine.comply.legal.LegalFixtures.run;

class DisclaimerCheckTest {
    private static final String ACME_US = "Please recycle.";
    private final DisclaimerCheck check = new DisclaimerCheck(new LegalRulebook(LegalFixtures.SHIPPED_RULES));

    @Test
    void passesTheSummerSplashExampleInEnglishAndInTheKitsSpanishWording() {
        List<CreativeUnderCheck> creatives = LegalFixtures.exampleCreatives(Path.of("examples/summer-splash/brief.yaml"));

        assertThat(creatives).hasSize(2).allSatisfy(creative -> assertThat(run(check, creative)).isEmpty());
    }

    @Test
    void flagsADisclaimerWithoutTheKitsWordingInAnyOfItsLanguages() {
        CreativeUnderCheck creative = creative(kit(ACME), new CreativeCopy("es-US", "Frescura", "Compra ya",
                "Sin azúcar añadido."), "US");

        assertThat(run(check, creative)).singleElement().satisfies(f -> {
            assertThat(f.check()).isEqualTo(CheckId.LEGAL_DISCLAIMER_MISSING);
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.message()).isEqualTo("the disclaimer lacks the brand kit's disclaimer for US");
            assertThat(f.expected()).isEqualTo("one of: \"" + ACME_US + "\" or \"Por favor recicla.\"");
            assertThat(f.measured()).isEqualTo("disclaimer \"Sin azúcar añadido.\"");
        });
    }

    @Test
    void acceptsTheDisclaimerAmongOtherTextWhateverItsCaseAndPunctuation() {
        CreativeUnderCheck creative = creative(kit(ACME), new CreativeCopy("en-US", "Stay fresh", "Shop now",
                "Contains no added sugar — PLEASE RECYCLE"), "US");

        assertThat(run(check, creative)).isEmpty();
    }

    @Test
    void flagsACreativeWithNoDisclaimerAtAll() {
        CreativeUnderCheck creative = creative(kit(STRIDE), new CreativeCopy("en-GB", "Built for every trail",
                "Discover now", null), "GB");

        assertThat(run(check, creative)).singleElement().extracting(Finding::measured).isEqualTo("no disclaimer");
    }

    @Test
    void findsNothingWhereTheRegionRequiresNoDisclaimer() {
        List<CreativeUnderCheck> trail = LegalFixtures.exampleCreatives(Path.of("examples/trail-launch/brief.json"));

        assertThat(trail).hasSize(2).allSatisfy(creative -> assertThat(run(check, creative)).isEmpty());
        assertThat(run(check, creative(kit(ACME), new CreativeCopy("en", "Stay fresh", null, null), null))).isEmpty();
    }

    @Test
    void requiresTheFrenchHealthMessageAndAddressForADrinksBrand(@TempDir Path dir) {
        BrandKit beverages = LegalFixtures.kitWithLegalFile(ACME, dir, "categories: [beverage]\n");
        CreativeCopy onlyKitText = new CreativeCopy("fr-FR", "Fraîcheur tout l'été", "J'achète",
                "Pour votre santé, évitez de manger trop gras, trop sucré, trop salé.");
        CreativeCopy complete = new CreativeCopy("fr-FR", "Fraîcheur tout l'été", "J'achète",
                "Pour votre santé, évitez de manger trop gras, trop sucré, trop salé. www.mangerbouger.fr");

        assertThat(run(check, creative(beverages, onlyKitText, "FR"))).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("www.mangerbouger.fr"));
        assertThat(run(check, creative(beverages, complete, "FR"))).isEmpty();
    }

    @Test
    void pointsAtTheDisclaimerBlock() {
        CreativeUnderCheck creative = LegalFixtures.creativeWithLayout(kit(ACME),
                new CreativeCopy("en-US", "Stay fresh", "Shop now", "Contains no added sugar."), "US");

        assertThat(run(check, creative)).singleElement().extracting(Finding::box)
                .isEqualTo(creative.layout().disclaimer().box());
    }
}
