package org.creativeautomation.engine.compose;

import java.awt.Font;

/**
 * The kit's two faces, loaded once, with the family names their files declare, and the chain of
 * installed fonts that draws the characters they have no glyph for.
 */
public record TypeFaces(Font headline, Font body, FontChain fallback) {

    /** The faces with the engine's standard fallback chain. */
    public TypeFaces(Font headline, Font body) {
        this(headline, body, FontChain.standard());
    }

    public Font forRole(String role) {
        return "headline".equals(role) ? headline : body;
    }

    public String familyOf(String role) {
        return forRole(role).getFontName();
    }

    /** How the copy is set in the role's face: its locale, its direction and the fallback chain. */
    public TextStyle style(String role, CreativeCopy copy) {
        return new TextStyle(forRole(role), fallback, TextStyle.locale(copy.localeTag()), TextDirection.of(copy));
    }
}
