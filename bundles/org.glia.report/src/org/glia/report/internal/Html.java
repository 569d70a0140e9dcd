package org.glia.report.internal;

/** A small HTML builder: raw markup and escaped text, chained. */
final class Html {

    private final StringBuilder b = new StringBuilder(1 << 16);

    /** Appends markup as is. */
    Html raw(String markup) {
        b.append(markup);
        return this;
    }

    /** Appends text, escaped. */
    Html text(String text) {
        b.append(Markup.esc(text));
        return this;
    }

    @Override
    public String toString() {
        return b.toString();
    }
}
