package org.creativeautomation.engine.compose;

/** An axis-aligned rectangle in canvas pixels. */
public record Box(int x, int y, int width, int height) {

    public int right() {
        return x + width;
    }

    public int bottom() {
        return y + height;
    }

    public boolean contains(Box other) {
        return other.x >= x && other.y >= y && other.right() <= right() && other.bottom() <= bottom();
    }

    public boolean intersects(Box other) {
        return other.x < right() && other.right() > x && other.y < bottom() && other.bottom() > y;
    }

    public Box inflate(int by) {
        return new Box(x - by, y - by, width + 2 * by, height + 2 * by);
    }

    public java.awt.Rectangle toRectangle() {
        return new java.awt.Rectangle(x, y, width, height);
    }
}
