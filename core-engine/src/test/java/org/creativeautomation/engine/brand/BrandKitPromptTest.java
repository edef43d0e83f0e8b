package org.creativeautomation.engine.brand;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** A kit's optional {@code prompt:} section: how image generators are told about the brand. */
class BrandKitPromptTest {
    /** The fixture kit's last line; sections appended after it start at line 28. */
    private static final String LAST_LINE = "    US: \"Contains caffeine.\"\n";

    @TempDir
    Path tempDir;

    private EditableKit withSections(String yaml) {
        return EditableKit.copyOfAcme(tempDir).replace(LAST_LINE, LAST_LINE + yaml);
    }

    @Test
    void aKitWithoutAPromptSectionHasNone() {
        assertThat(EditableKit.copyOfAcme(tempDir).load().prompt()).isEqualTo(PromptStyle.NONE);
    }

    @Test
    void readsEveryField() {
        BrandKit kit = withSections("""
                prompt:
                  style: bright and fresh
                  lighting: soft daylight
                  composition: on a pale stone
                  negativePrompt: people, clutter
                  template: "{product} by {brand}, {style}"
                """).load();

        assertThat(kit.prompt()).isEqualTo(new PromptStyle("bright and fresh", "soft daylight", "on a pale stone",
                "people, clutter", new PromptTemplate("{product} by {brand}, {style}")));
    }

    @Test
    void namesThePlaceholderAMisspeltOneWasMeantToBe() {
        EditableKit kit = withSections("""
                prompt:
                  template: "A photo of {prodcut} for {audience}"
                """);

        assertThat(kit.problems()).containsExactly(kit.at(29, 13)
                + " prompt.template: {prodcut} is not a placeholder (did you mean {product}?)");
    }

    @Test
    void listsThePlaceholdersWhenAnUnknownOneIsNothingLikeThem() {
        EditableKit kit = withSections("""
                prompt:
                  template: "A photo of {weather}"
                """);

        assertThat(kit.problems()).singleElement().asString().startsWith(kit.at(29, 13))
                .contains("{weather} is not a placeholder (known placeholders: {brand}, {product}, {description}");
    }

    @Test
    void rejectsABraceThatOpensNoPlaceholder() {
        EditableKit kit = withSections("""
                prompt:
                  template: "A photo of {product} {with a brace"
                """);

        assertThat(kit.problems()).containsExactly(kit.at(29, 13)
                + " prompt.template: an opening { without its closing } (placeholders are written {product})");
    }

    @Test
    void reportsUnknownFieldsAndValuesThatAreNotText() {
        EditableKit kit = withSections("""
                prompt:
                  lightning: soft daylight
                  style: 42
                """);

        assertThat(kit.problems()).containsExactly(
                kit.at(29, 3) + " prompt.lightning: unknown field (did you mean \"lighting\"?)",
                kit.at(30, 10) + " prompt.style: expected a string, found a number");
    }

    @Test
    void readsTheShippedKitsPromptSections() {
        BrandKit acme = new BrandKitLoader().load(ShippedKits.kit(ShippedKits.ACME));
        BrandKit stride = new BrandKitLoader().load(ShippedKits.kit("stride-athletics"));

        assertThat(acme.prompt().style()).contains("summer");
        assertThat(acme.prompt().negativePrompt()).contains("people");
        assertThat(acme.prompt().template()).isNull();
        assertThat(stride.prompt().template()).isNotNull();
        assertThat(stride.prompt().template().placeholders())
                .contains("product", "description", "audience", "region", "colors", "framing");
    }
}
