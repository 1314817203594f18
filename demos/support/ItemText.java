package support;

import io.ddbworkbench.toolkit.item.Values;
import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeMap;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Items as one readable line: {@code {Age: 30, Name: "John Doe", Tags: <<"a", "b">>}}. Attributes are sorted
 * by name so the same item always reads the same, whatever order a backend returns them in. Strings are
 * quoted, numbers are bare (as DynamoDB stores them), sets use PartiQL's {@code << >>}, lists {@code [ ]} and
 * maps {@code { }}.
 */
public final class ItemText {
    private ItemText() {
    }

    /** An item (or key) written with plain Java values, as the toolkit takes them. */
    public static String plain(Map<String, ?> item) {
        return of(Values.item(item));
    }

    public static String of(Map<String, AttributeValue> item) {
        StringJoiner text = new StringJoiner(", ", "{", "}");
        new TreeMap<>(item).forEach((name, value) -> text.add(name + ": " + of(value)));
        return text.toString();
    }

    public static String of(AttributeValue value) {
        switch (value.type()) {
            case S:
                return quoted(value.s());
            case N:
                return value.n();
            case B:
                return "<" + value.b().asByteArrayUnsafe().length + " bytes>";
            case BOOL:
                return value.bool().toString();
            case NUL:
                return "null";
            case SS:
                return joined("<<", value.ss().stream().map(ItemText::quoted).toArray(String[]::new), ">>");
            case NS:
                return joined("<<", value.ns().toArray(String[]::new), ">>");
            case BS:
                return joined("<<", value.bs().stream().map(bytes -> "<" + bytes.asByteArrayUnsafe().length
                        + " bytes>").toArray(String[]::new), ">>");
            case L:
                return joined("[", value.l().stream().map(ItemText::of).toArray(String[]::new), "]");
            case M:
                return of(value.m());
            default:
                return value.toString();
        }
    }

    private static String quoted(String text) {
        return "\"" + text + "\"";
    }

    private static String joined(String open, String[] elements, String close) {
        return open + String.join(", ", elements) + close;
    }
}
