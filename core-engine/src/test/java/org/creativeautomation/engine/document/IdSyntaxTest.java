package org.creativeautomation.engine.document;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class IdSyntaxTest {
    @Test
    void acceptsLowercaseWordsJoinedBySingleDashes() {
        assertThat(IdSyntax.isValid("acme-beverages")).isTrue();
        assertThat(IdSyntax.isValid("summer-splash-2026")).isTrue();
        assertThat(IdSyntax.isValid("brand2")).isTrue();
    }

    @Test
    void rejectsCapitalsSpacesStrayDashesAndPaths() {
        assertThat(IdSyntax.isValid("Acme")).isFalse();
        assertThat(IdSyntax.isValid("energy bar")).isFalse();
        assertThat(IdSyntax.isValid("-acme")).isFalse();
        assertThat(IdSyntax.isValid("acme-")).isFalse();
        assertThat(IdSyntax.isValid("acme--bev")).isFalse();
        assertThat(IdSyntax.isValid("../acme")).isFalse();
        assertThat(IdSyntax.isValid("")).isFalse();
        assertThat(IdSyntax.isValid(null)).isFalse();
    }

    @Test
    void statesTheRuleWhenAnIdIsNotValid() {
        assertThat(IdSyntax.notValid("Energy Bar"))
                .isEqualTo("\"Energy Bar\" is not a valid id (lowercase letters, digits and '-')");
    }
}
