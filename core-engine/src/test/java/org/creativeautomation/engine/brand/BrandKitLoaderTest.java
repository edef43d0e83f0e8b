package org.creativeautomation.engine.brand;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class BrandKitLoaderTest {
    @TempDir
    Path tempDir;

    @Test
    void loadsTheUnbrokenFixtureKit() {
        BrandKit kit = EditableKit.copyOfAcme(tempDir).load();

        assertThat(kit.id()).isEqualTo("acme-beverages");
        assertThat(kit.legal().disclaimers()).containsExactly(java.util.Map.entry("US", "Contains caffeine."));
    }

    @Test
    void rejectsColourThatIsNotSixHexDigits() {
        EditableKit kit = EditableKit.copyOfAcme(tempDir).replace("\"#0A7E8C\"", "\"#12345\"");

        assertThat(kit.problems()).containsExactly(
                kit.at(4, 12) + " colors.primary: \"#12345\" is not a colour (#RRGGBB)");
    }

    @Test
    void explainsThatAnUnquotedColourIsAComment() {
        EditableKit kit = EditableKit.copyOfAcme(tempDir).replace("\"#F2FBFA\"", "#F2FBFA");

        assertThat(kit.problems()).containsExactly(
                kit.at(9, 3) + " colors.background: required field is empty (a colour in quotes, such as \"#0A7E8C\")");
    }

    @Test
    void suggestsTheKnownFieldForAMisspeltOne() {
        EditableKit kit = EditableKit.copyOfAcme(tempDir).replace("colors:", "colours:");

        assertThat(kit.problems()).containsExactly(
                kit.at(1, 1) + " colors: required field is missing (the brand's colours: primary, secondary, accent,"
                        + " textOnDark, textOnLight and background)",
                kit.at(3, 1) + " colours: unknown field (did you mean \"colors\"?)");
    }

    @Test
    void listsTheKnownFieldsWhenNoneIsClose() {
        EditableKit kit = EditableKit.copyOfAcme(tempDir).replace("  maxLines: 3\n", "  maxLines: 3\n  shout: true\n");

        assertThat(kit.problems()).containsExactly(
                kit.at(24, 3) + " textRules.shout: unknown field (known fields: minFontPx, maxLines)");
    }

    @Test
    void reportsAMissingNestedFieldAtItsSection() {
        EditableKit kit = EditableKit.copyOfAcme(tempDir).replace("  dark: logo/logo-dark.png\n", "");

        assertThat(kit.problems()).containsExactly(kit.at(15, 3) + " logo.dark: required field is missing"
                + " (a .png file in the kit folder: the dark-coloured logo, for light backgrounds)");
    }

    @Test
    void saysWhatAMissingFieldExpects() {
        EditableKit kit = EditableKit.copyOfAcme(tempDir)
                .replace("version: 1.0.0\n", "")
                .replace("  primary: \"#0A7E8C\"\n", "");

        assertThat(kit.problems()).containsExactly(
                kit.at(1, 1) + " version: required field is missing (a version such as 1.0.0)",
                kit.at(3, 3) + " colors.primary: required field is missing (a colour in quotes, such as \"#0A7E8C\")");
    }

    @Test
    void reportsAMissingTopLevelFieldWhereTheDocumentsMapStarts() {
        EditableKit kit = EditableKit.copyOfAcme(tempDir)
                .replace("name: Acme Beverages\n", "# Acme Beverages, shipped with the studio\n\nname: Acme Beverages\n")
                .replace("version: 1.0.0\n", "");

        assertThat(kit.problems()).containsExactly(
                kit.at(3, 1) + " version: required field is missing (a version such as 1.0.0)");
    }

    @Test
    void reportsValuesOfTheWrongType() {
        EditableKit kit = EditableKit.copyOfAcme(tempDir)
                .replace("maxLines: 3", "maxLines: three")
                .replace("minWidthPercent: 14", "minWidthPercent: [14]")
                .replace("name: Acme Beverages", "name: 42");

        assertThat(kit.problems()).containsExactly(
                kit.at(1, 7) + " name: expected a string, found a number",
                kit.at(19, 20) + " logoRules.minWidthPercent: expected a number, found a list",
                kit.at(23, 13) + " textRules.maxLines: expected a whole number, found a string");
    }

    @Test
    void rejectsAFractionalLineCount() {
        EditableKit kit = EditableKit.copyOfAcme(tempDir).replace("maxLines: 3", "maxLines: 2.5");

        assertThat(kit.problems()).containsExactly(kit.at(23, 13) + " textRules.maxLines: expected a whole number, found 2.5");
    }

    @Test
    void rejectsAVersionThatIsNotSemantic() {
        EditableKit kit = EditableKit.copyOfAcme(tempDir).replace("version: 1.0.0", "version: \"1.0\"");

        assertThat(kit.problems()).containsExactly(
                kit.at(2, 10) + " version: \"1.0\" is not a semantic version (MAJOR.MINOR.PATCH, e.g. 1.2.0)");
    }

    @Test
    void rejectsAMissingLogoFile() {
        EditableKit kit = EditableKit.copyOfAcme(tempDir).deleteFile("logo/logo-light.png");

        assertThat(kit.problems()).containsExactly(
                kit.at(15, 10) + " logo.light: \"logo/logo-light.png\" does not exist in the kit folder");
    }

    @Test
    void rejectsALogoThatIsAJpegWhateverItsName() throws IOException {
        EditableKit kit = EditableKit.copyOfAcme(tempDir)
                .writeFile("logo/logo-light.png", encode(opaqueImage(), "jpg"));

        assertThat(kit.problems()).containsExactly(kit.at(15, 10)
                + " logo.light: \"logo/logo-light.png\" is a JPEG image, not a PNG (a logo needs a transparent background)");
    }

    @Test
    void rejectsALogoFileThatIsNotAPng() {
        EditableKit kit = EditableKit.copyOfAcme(tempDir)
                .writeFile("logo/logo-dark.png", "GIF89a not really".getBytes(StandardCharsets.US_ASCII));

        assertThat(kit.problems()).containsExactly(
                kit.at(16, 9) + " logo.dark: \"logo/logo-dark.png\" is a GIF image, not a PNG");
    }

    @Test
    void rejectsALogoNamedOtherThanPng() {
        EditableKit kit = EditableKit.copyOfAcme(tempDir).replace("logo/logo-dark.png", "logo/logo-dark.jpg");

        assertThat(kit.problems()).containsExactly(
                kit.at(16, 9) + " logo.dark: \"logo/logo-dark.jpg\" must be a .png file");
    }

    @Test
    void rejectsAPngLogoWithoutAlphaChannel() throws IOException {
        EditableKit kit = EditableKit.copyOfAcme(tempDir)
                .writeFile("logo/logo-light.png", encode(opaqueImage(), "png"));

        assertThat(kit.problems()).containsExactly(kit.at(15, 10)
                + " logo.light: \"logo/logo-light.png\" has no alpha channel (a logo needs a transparent background)");
    }

    @Test
    void rejectsABlankLogo() throws IOException {
        EditableKit kit = EditableKit.copyOfAcme(tempDir)
                .writeFile("logo/logo-light.png", encode(new BufferedImage(80, 20, BufferedImage.TYPE_INT_ARGB), "png"));

        assertThat(kit.problems()).containsExactly(
                kit.at(15, 10) + " logo.light: \"logo/logo-light.png\" is fully transparent (the logo is blank)");
    }

    @Test
    void rejectsALogoWithAlphaButNoTransparentBackground() throws IOException {
        BufferedImage image = new BufferedImage(80, 20, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 80, 20);
        g.dispose();
        EditableKit kit = EditableKit.copyOfAcme(tempDir).writeFile("logo/logo-light.png", encode(image, "png"));

        assertThat(kit.problems()).containsExactly(kit.at(15, 10)
                + " logo.light: \"logo/logo-light.png\" has no transparent pixels (a logo needs a transparent background)");
    }

    @Test
    void rejectsAFontFileThatIsNotAFont() {
        EditableKit kit = EditableKit.copyOfAcme(tempDir)
                .writeFile("fonts/Comfortaa-Bold.ttf", "just some text, no glyphs".getBytes(StandardCharsets.UTF_8));

        assertThat(kit.problems()).containsExactly(
                kit.at(11, 13) + " fonts.headline: \"fonts/Comfortaa-Bold.ttf\" is not a TrueType or OpenType font");
    }

    @Test
    void rejectsAFontWithAnotherExtension() {
        EditableKit kit = EditableKit.copyOfAcme(tempDir).replace("fonts/Quicksand-Medium.ttf", "fonts/OFL.txt");

        assertThat(kit.problems()).containsExactly(
                kit.at(12, 9) + " fonts.body: \"fonts/OFL.txt\" must be a .ttf or .otf file");
    }

    @Test
    void rejectsAPathThatEscapesTheKitFolder() throws IOException {
        Files.copy(ShippedKits.kit(ShippedKits.ACME).resolve("fonts/Comfortaa-Bold.ttf"), tempDir.resolve("x.ttf"));
        EditableKit kit = EditableKit.copyOfAcme(tempDir).replace("fonts/Comfortaa-Bold.ttf", "../x.ttf");

        assertThat(kit.problems()).containsExactly(kit.at(11, 13)
                + " fonts.headline: \"../x.ttf\" must stay inside the kit folder (no '..' in kit paths)");
    }

    @Test
    void rejectsAnAbsolutePath() {
        Path outside = ShippedKits.kit(ShippedKits.ACME).resolve("fonts/OFL.txt").toAbsolutePath();
        EditableKit kit = EditableKit.copyOfAcme(tempDir).replace("license: fonts/OFL.txt", "license: " + outside);

        assertThat(kit.problems()).containsExactly(
                kit.at(13, 12) + " fonts.license: \"" + outside + "\" must be a path relative to the kit folder");
    }

    @Test
    void rejectsALinkToAFileOutsideTheKitFolder() throws IOException {
        Path outside = Files.copy(ShippedKits.kit(ShippedKits.ACME).resolve("fonts/OFL.txt"), tempDir.resolve("OFL.txt"));
        EditableKit kit = EditableKit.copyOfAcme(tempDir).deleteFile("fonts/OFL.txt");
        Files.createSymbolicLink(kit.folder().resolve("fonts/OFL.txt"), outside);

        assertThat(kit.problems()).containsExactly(
                kit.at(13, 12) + " fonts.license: \"fonts/OFL.txt\" links to a file outside the kit folder");
    }

    @Test
    void rejectsAnUnknownCornerSuggestingTheNearest() {
        EditableKit kit = EditableKit.copyOfAcme(tempDir).replace("[top-right, top-left]", "[top-right, top-lfet, middle]");

        assertThat(kit.problems()).containsExactly(
                kit.at(18, 24) + " logoRules.corners[1]: \"top-lfet\" is not a corner (did you mean \"top-left\"?)",
                kit.at(18, 34) + " logoRules.corners[2]: \"middle\" is not a corner"
                        + " (one of top-left, top-right, bottom-left, bottom-right)");
    }

    @Test
    void rejectsACornerListedTwiceOrNoCornerAtAll() {
        EditableKit twice = EditableKit.copyOfAcme(tempDir, "twice").replace("[top-right, top-left]", "[top-right, top-right]");
        EditableKit none = EditableKit.copyOfAcme(tempDir, "none").replace("[top-right, top-left]", "[]");

        assertThat(twice.problems()).containsExactly(
                twice.at(18, 24) + " logoRules.corners[1]: duplicate corner \"top-right\" (first given at line 18)");
        assertThat(none.problems()).containsExactly(none.at(18, 12) + " logoRules.corners: no corners"
                + " (at least one of top-left, top-right, bottom-left, bottom-right)");
    }

    @Test
    void rejectsNumbersOutOfRange() {
        EditableKit kit = EditableKit.copyOfAcme(tempDir)
                .replace("minWidthPercent: 14", "minWidthPercent: 60")
                .replace("clearSpacePercent: 25", "clearSpacePercent: -5")
                .replace("minFontPx: 28", "minFontPx: 4")
                .replace("maxLines: 3", "maxLines: 9");

        assertThat(kit.problems()).containsExactly(
                kit.at(19, 20) + " logoRules.minWidthPercent: 60 is out of range (more than 0, at most 50)",
                kit.at(20, 22) + " logoRules.clearSpacePercent: -5 is out of range (0 to 100)",
                kit.at(22, 14) + " textRules.minFontPx: 4 is out of range (at least 8)",
                kit.at(23, 13) + " textRules.maxLines: 9 is out of range (1 to 8)");
    }

    @Test
    void acceptsTheBoundsOfEachRange() {
        BrandKit kit = EditableKit.copyOfAcme(tempDir)
                .replace("minWidthPercent: 14", "minWidthPercent: 50")
                .replace("clearSpacePercent: 25", "clearSpacePercent: 0")
                .replace("minFontPx: 28", "minFontPx: 8")
                .replace("maxLines: 3", "maxLines: 8")
                .load();

        assertThat(kit.logoRules().minWidthPercent()).isEqualTo(50.0);
        assertThat(kit.logoRules().clearSpacePercent()).isZero();
        assertThat(kit.textRules()).isEqualTo(new TextRules(8, 8));
    }

    @Test
    void rejectsARegionThatIsNotAnIsoCode() {
        EditableKit kit = EditableKit.copyOfAcme(tempDir).replace("    US: \"Contains caffeine.\"\n",
                "    US: \"Contains caffeine.\"\n    UK: \"Contains caffeine.\"\n    de: \"Koffein.\"\n");

        assertThat(kit.problems()).containsExactly(
                kit.at(28, 5) + " legal.disclaimers.UK: \"UK\" is not an ISO 3166-1 alpha-2 region code (did you mean \"GB\"?)",
                kit.at(29, 5) + " legal.disclaimers.de: \"de\" is not an ISO 3166-1 alpha-2 region code (did you mean \"DE\"?)");
    }

    @Test
    void acceptsADisclaimerTranslationKeyedByALocaleOfTheRegion() {
        EditableKit kit = EditableKit.copyOfAcme(tempDir).replace("    US: \"Contains caffeine.\"\n",
                "    US: \"Contains caffeine.\"\n    es-US: \"Contiene cafeína.\"\n    es_US: \"x\"\n");

        assertThat(kit.problems()).containsExactly(kit.at(29, 5)
                + " legal.disclaimers.es_US: \"es_US\" is not an ISO 3166-1 alpha-2 region code"
                + " (e.g. US, GB, DE, or a locale of a region such as es-US for a translation)");
    }

    @Test
    void rejectsBlankAndDuplicateProhibitedPhrases() {
        EditableKit kit = EditableKit.copyOfAcme(tempDir).replace("[guaranteed, cure]", "[guaranteed, \" \", Guaranteed]");

        assertThat(kit.problems()).containsExactly(
                kit.at(25, 28) + " legal.prohibited[1]: text is blank (a word or phrase copy must not contain)",
                kit.at(25, 33) + " legal.prohibited[2]: duplicate phrase \"Guaranteed\""
                        + " (first given at line 25; phrases ignore case)");
    }

    @Test
    void acceptsEmptyLegalRules() {
        BrandKit kit = EditableKit.copyOfAcme(tempDir)
                .replace("[guaranteed, cure]", "[]")
                .replace("  disclaimers:\n    US: \"Contains caffeine.\"\n", "  disclaimers: {}\n")
                .load();

        assertThat(kit.legal()).isEqualTo(new LegalRules(java.util.List.of(), java.util.Map.of()));
    }

    @Test
    void reportsEveryProblemAtOnceInLineOrder() {
        EditableKit kit = EditableKit.copyOfAcme(tempDir)
                .replace("  maxLines: 3\n", "")
                .replace("\"#0A7E8C\"", "\"teal\"")
                .replace("logoRules:", "logoRule:")
                .deleteFile("logo/logo-dark.png");

        assertThat(kit.problems()).containsExactly(
                kit.at(1, 1) + " logoRules: required field is missing"
                        + " (the logo rules: corners, minWidthPercent and clearSpacePercent)",
                kit.at(4, 12) + " colors.primary: \"teal\" is not a colour (#RRGGBB)",
                kit.at(16, 9) + " logo.dark: \"logo/logo-dark.png\" does not exist in the kit folder",
                kit.at(17, 1) + " logoRule: unknown field (did you mean \"logoRules\"?)",
                kit.at(22, 3) + " textRules.maxLines: required field is missing"
                        + " (the most lines the message may wrap to: 1 to 8)");
    }

    @Test
    void reportsADuplicateKeyWithTheOtherProblems() {
        EditableKit kit = EditableKit.copyOfAcme(tempDir)
                .replace("  accent: \"#9ED62B\"\n", "  accent: \"#9ED62B\"\n  accent: \"#9ED62C\"\n")
                .replace("maxLines: 3", "maxLines: 0");

        assertThat(kit.problems()).containsExactly(
                kit.at(7, 3) + " accent: duplicate key (first given at line 6)",
                kit.at(24, 13) + " textRules.maxLines: 0 is out of range (1 to 8)");
    }

    @Test
    void reportsASyntaxErrorWithItsPosition() {
        EditableKit kit = EditableKit.copyOfAcme(tempDir).replace("[top-right, top-left]", "[top-right, top-left");

        assertThat(kit.problems()).singleElement().asString()
                .startsWith(kit.kitFile() + ":")
                .contains("malformed YAML");
    }

    @Test
    void rejectsADocumentThatIsNotAMap() {
        EditableKit kit = EditableKit.copyOfAcme(tempDir);
        kit.writeFile("brand.yaml", "- just\n- a list\n".getBytes(StandardCharsets.UTF_8));

        assertThat(kit.problems()).containsExactly(kit.at(1, 1) + " expected a map, found a list");
    }

    @Test
    void rejectsAFolderNameThatIsNotAKitId() {
        EditableKit kit = EditableKit.copyOfAcme(tempDir, "Acme_Bev");

        assertThat(kit.problems()).containsExactly(kit.folder() + ": folder name \"Acme_Bev\" is not a valid kit id"
                + " (lowercase letters, digits and '-', e.g. acme-beverages)");
    }

    @Test
    void rejectsAFolderWithoutBrandYaml() throws IOException {
        Path empty = Files.createDirectory(tempDir.resolve("empty-kit"));

        BrandKitException e = catchThrowableOfType(BrandKitException.class, () -> new BrandKitLoader().load(empty));

        assertThat(e.lines()).containsExactly(empty + ": not a brand kit (it has no brand.yaml)");
    }

    @Test
    void rejectsAMissingFolder() {
        Path missing = tempDir.resolve("missing");

        BrandKitException e = catchThrowableOfType(BrandKitException.class, () -> new BrandKitLoader().load(missing));

        assertThat(e.lines()).containsExactly(missing + ": no brand kit folder here");
    }

    @Test
    void knowsWhichIdsAreValid() {
        assertThat(BrandKitLoader.isValidId("acme-beverages")).isTrue();
        assertThat(BrandKitLoader.isValidId("brand2")).isTrue();
        assertThat(BrandKitLoader.isValidId("Acme")).isFalse();
        assertThat(BrandKitLoader.isValidId("-acme")).isFalse();
        assertThat(BrandKitLoader.isValidId("acme--bev")).isFalse();
        assertThat(BrandKitLoader.isValidId("../acme")).isFalse();
        assertThat(BrandKitLoader.isValidId("")).isFalse();
        assertThat(BrandKitLoader.isValidId(null)).isFalse();
    }

    private static BufferedImage opaqueImage() {
        BufferedImage image = new BufferedImage(80, 20, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0x0A7E8C));
        g.fillRect(0, 0, 80, 20);
        g.dispose();
        return image;
    }

    private static byte[] encode(BufferedImage image, String format) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(ImageIO.write(image, format, out)).as("an ImageIO writer for %s", format).isTrue();
        return out.toByteArray();
    }
}
