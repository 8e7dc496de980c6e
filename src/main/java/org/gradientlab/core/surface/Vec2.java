package org.gradientlab.core.surface;

/** A point or a gradient in the plane. */
public record Vec2(double x, double y) {

    public boolean isFinite() {
        return Double.isFinite(x) && Double.isFinite(y);
    }

    /** Parses "x,y", e.g. the command line's "-7,2". */
    public static Vec2 parse(String text) {
        String[] parts = text.split(",", -1);
        if (parts.length != 2) {
            throw new IllegalArgumentException("expected two numbers x,y, got '" + text + "'");
        }
        try {
            Vec2 point = new Vec2(Double.parseDouble(parts[0].strip()), Double.parseDouble(parts[1].strip()));
            if (!point.isFinite()) {
                throw new IllegalArgumentException("expected two finite numbers x,y, got '" + text + "'");
            }
            return point;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("expected two numbers x,y, got '" + text + "'", e);
        }
    }
}
