package org.creativeautomation.engine.comply.legal;

/** A range of characters {@code [start, end)} in a text. */
public record TextSpan(int start, int end) {

    public boolean overlaps(TextSpan other) {
        return start < other.end && other.start < end;
    }

    public boolean contains(TextSpan other) {
        return start <= other.start && other.end <= end;
    }

    public String of(String text) {
        return text.substring(start, end);
    }
}
