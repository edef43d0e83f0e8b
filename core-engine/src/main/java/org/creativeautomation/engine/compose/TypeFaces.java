package org.creativeautomation.engine.compose;

import java.awt.Font;

/** The kit's two faces, loaded once, with the family names their files declare. */
public record TypeFaces(Font headline, Font body) {

    public Font forRole(String role) {
        return "headline".equals(role) ? headline : body;
    }

    public String familyOf(String role) {
        return forRole(role).getFontName();
    }
}
