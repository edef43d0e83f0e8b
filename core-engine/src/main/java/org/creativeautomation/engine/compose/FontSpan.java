package org.creativeautomation.engine.compose;

import java.awt.Font;

/** Characters {@code start} (inclusive) to {@code end} of a text, set in one font. */
record FontSpan(int start, int end, Font font) {
}
