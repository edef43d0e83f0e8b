package org.creativeautomation.engine.brand;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/** brand-kit.schema.json describes brand.yaml as the loader reads it, so editors can check kits as they are written. */
class BrandKitSchemaTest {
    private static JsonNode schemaDocument;
    private static JsonSchema schema;

    @BeforeAll
    static void readSchema() throws IOException {
        schemaDocument = new ObjectMapper().readTree(ShippedKits.folder().resolve("brand-kit.schema.json").toFile());
        schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schemaDocument);
    }

    static List<String> shippedIds() {
        return ShippedKits.ids();
    }

    @Test
    void schemaIsDraft202012() {
        assertThat(schemaDocument.path("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
    }

    @ParameterizedTest
    @MethodSource("shippedIds")
    void shippedKitValidatesAgainstTheSchema(String id) throws IOException {
        Set<ValidationMessage> errors = validate(ShippedKits.kit(id).resolve("brand.yaml"));

        assertThat(errors).isEmpty();
    }

    @Test
    void theTestFixtureKitValidatesAgainstTheSchema() throws IOException {
        assertThat(schema.validate(new YAMLMapper().readTree(EditableKit.BRAND_YAML))).isEmpty();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "\"#0A7E8C\"                  | \"#12345\"                 | $.colors.primary",
            "colors:                      | colours:                   | $",
            "'  dark: logo/logo-dark.png' | ''                         | $.logo",
            "[top-right, top-left]        | [top-right, top-middle]    | $.logoRules.corners[1]",
            "[top-right, top-left]        | [top-right, top-right]     | $.logoRules.corners",
            "[top-right, top-left]        | []                         | $.logoRules.corners",
            "minWidthPercent: 14          | minWidthPercent: 0         | $.logoRules.minWidthPercent",
            "minWidthPercent: 14          | minWidthPercent: 60        | $.logoRules.minWidthPercent",
            "clearSpacePercent: 25        | clearSpacePercent: 101     | $.logoRules.clearSpacePercent",
            "minFontPx: 28                | minFontPx: 7               | $.textRules.minFontPx",
            "maxLines: 3                  | maxLines: 9                | $.textRules.maxLines",
            "maxLines: 3                  | maxLines: 2.5              | $.textRules.maxLines",
            "version: 1.0.0               | version: \"1.0\"           | $.version",
            "name: Acme Beverages         | name: 42                   | $.name",
            "fonts/Comfortaa-Bold.ttf     | ../x.ttf                   | $.fonts.headline",
            "fonts/Comfortaa-Bold.ttf     | /usr/share/fonts/x.ttf     | $.fonts.headline",
            "fonts/Comfortaa-Bold.ttf     | fonts/Comfortaa-Bold.woff  | $.fonts.headline",
            "logo/logo-light.png          | logo/logo-light.jpg        | $.logo.light",
            "US: \"Contains caffeine.\"   | UK: \"Contains caffeine.\" | $.legal.disclaimers",
            "US: \"Contains caffeine.\"   | US: \"\"                   | $.legal.disclaimers.US",
            "[guaranteed, cure]           | [guaranteed, guaranteed]   | $.legal.prohibited",
    })
    void brokenKitFailsTheSchemaAtTheBrokenField(String original, String broken, String field) throws IOException {
        String yaml = EditableKit.BRAND_YAML;
        assertThat(yaml).contains(original);

        Set<ValidationMessage> errors = schema.validate(new YAMLMapper().readTree(yaml.replace(original, broken)));

        assertThat(errors).extracting(e -> e.getInstanceLocation().toString()).contains(field);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "'  \"3:2\":\n    zones: [top]'            | $.templates",
            "'  \"9:16\":\n    zones: [botom]'          | $.templates.9:16.zones[0]",
            "'  \"9:16\":\n    zones: []'               | $.templates.9:16.zones",
            "'  \"1:1\":\n    safeZone: {top: 0.5}'     | $.templates.1:1.safeZone.top",
            "'  \"1:1\":\n    marginPercent: 25'        | $.templates.1:1.marginPercent",
            "'  \"1:1\":\n    extension: stretch'       | $.templates.1:1.extension",
            "'  \"1:1\":\n    margin: 5'                | $.templates.1:1",
    })
    void brokenTemplateFailsTheSchemaAtTheBrokenField(String template, String field) throws IOException {
        String yaml = EditableKit.BRAND_YAML + "templates:\n" + template + "\n";

        Set<ValidationMessage> errors = schema.validate(new YAMLMapper().readTree(yaml));

        assertThat(errors).extracting(e -> e.getInstanceLocation().toString()).contains(field);
    }

    @Test
    void schemaAcceptsTemplatesAndGradingAsTheLoaderReadsThem() throws IOException {
        String yaml = EditableKit.BRAND_YAML + """
                templates:
                  "9:16":
                    safeZone: {top: 0.14, bottom: 0.2}
                    zones: [bottom, top, calm]
                  2x1:
                    marginPercent: 5
                    extension: blur
                grading:
                  strength: 0.2
                """;

        assertThat(schema.validate(new YAMLMapper().readTree(yaml))).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "'  template: \"{product} for {audiance}\"' | $.prompt.template",
            "'  template: \"{product} {\"'              | $.prompt.template",
            "'  style: \"\"'                            | $.prompt.style",
            "'  lightning: daylight'                      | $.prompt",
    })
    void brokenPromptSectionFailsTheSchemaAtTheBrokenField(String field, String at) throws IOException {
        String yaml = EditableKit.BRAND_YAML + "prompt:\n" + field + "\n";

        Set<ValidationMessage> errors = schema.validate(new YAMLMapper().readTree(yaml));

        assertThat(errors).extracting(e -> e.getInstanceLocation().toString()).contains(at);
    }

    @Test
    void schemaAcceptsAPromptSectionAsTheLoaderReadsIt() throws IOException {
        String yaml = EditableKit.BRAND_YAML + """
                prompt:
                  style: bright and fresh
                  lighting: soft daylight
                  composition: on a pale stone
                  negativePrompt: people, clutter
                  template: "{product} ({description}) by {brand} for {audience} in {region}: {colors}, {style},
                    {lighting}, {composition}, {framing}, {ratios}"
                """;

        assertThat(schema.validate(new YAMLMapper().readTree(yaml))).isEmpty();
    }

    @Test
    void schemaListsThePlaceholdersTheTemplateReaderKnows() {
        String pattern = schemaDocument.at("/properties/prompt/properties/template/pattern").asText();

        assertThat(pattern).contains("(" + String.join("|", PromptTemplate.PLACEHOLDERS) + ")");
    }

    @Test
    void schemaAllowsExactlyTheRegionsTheLoaderAccepts() {
        Set<String> inSchema = new TreeSet<>();
        schemaDocument.at("/properties/legal/properties/disclaimers/propertyNames/anyOf/0/enum")
                .forEach(code -> inSchema.add(code.asText()));

        assertThat(inSchema).isEqualTo(new TreeSet<>(Set.of(Locale.getISOCountries())));
    }

    @Test
    void schemaRequiresExactlyTheFieldsTheLoaderRequires() {
        assertThat(names(schemaDocument.path("required")))
                .containsExactly("name", "version", "colors", "fonts", "logo", "logoRules", "textRules", "legal");
        assertThat(names(schemaDocument.at("/properties/colors/required")))
                .containsExactly("primary", "secondary", "accent", "textOnDark", "textOnLight", "background");
        assertThat(schemaDocument.path("additionalProperties").asBoolean(true)).isFalse();
    }

    private static List<String> names(JsonNode array) {
        List<String> names = new java.util.ArrayList<>();
        array.forEach(n -> names.add(n.asText()));
        return names;
    }

    private static Set<ValidationMessage> validate(Path yamlFile) throws IOException {
        return schema.validate(new YAMLMapper().readTree(yamlFile.toFile()));
    }
}
