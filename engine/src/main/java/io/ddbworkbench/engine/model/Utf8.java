package io.ddbworkbench.engine.model;

/** UTF-8 length and byte-order comparison of Java strings without encoding them. */
public final class Utf8 {
    private Utf8() {
    }

    /** The number of bytes the string takes in UTF-8. */
    public static int length(String text) {
        int length = text.length();
        int bytes = length;
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c >= 0x80) {
                if (c < 0x800) {
                    bytes += 1;
                } else if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(text.charAt(i + 1))) {
                    bytes += 2; // four bytes for two chars
                    i++;
                } else {
                    bytes += 2;
                }
            }
        }
        return bytes;
    }

    /**
     * Compares as the UTF-8 encodings would compare as unsigned bytes, which is code point order. Plain
     * {@link String#compareTo} differs for characters above U+E000 against supplementary characters.
     */
    public static int compare(String a, String b) {
        int limit = Math.min(a.length(), b.length());
        for (int i = 0; i < limit; i++) {
            char ca = a.charAt(i);
            char cb = b.charAt(i);
            if (ca != cb) {
                if (Character.isSurrogate(ca) || Character.isSurrogate(cb)) {
                    return Integer.compare(a.codePointAt(i), b.codePointAt(i));
                }
                return ca - cb;
            }
        }
        return a.length() - b.length();
    }

    /** True when {@code text} starts with {@code prefix}; byte-wise and char-wise prefixes agree. */
    public static boolean startsWith(String text, String prefix) {
        return text.startsWith(prefix);
    }
}
