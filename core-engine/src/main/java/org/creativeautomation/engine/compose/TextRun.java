package org.creativeautomation.engine.compose;

/**
 * Which font drew a stretch of one line of a {@link TextBlock}: the kit's face, or the fallback
 * font that has the glyphs the face lacks.
 *
 * @param line     index of the line in the block
 * @param start    first character of the run in that line (UTF-16 index, inclusive)
 * @param end      end of the run (exclusive)
 * @param fontName the face's name as its file declares it, e.g. "Comfortaa Bold" or "Noto Sans CJK JP Bold"
 */
public record TextRun(int line, int start, int end, String fontName) {
}
