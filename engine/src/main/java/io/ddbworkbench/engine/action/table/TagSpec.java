package io.ddbworkbench.engine.action.table;

import io.ddbworkbench.engine.error.ApiException;
import io.ddbworkbench.engine.json.JsonFields;
import io.ddbworkbench.engine.json.JsonObject;
import io.ddbworkbench.engine.validation.Constraints;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** One Tag as requested (CreateTable's Tags or TagResource), and the rules every tag must meet. */
public record TagSpec(String key, String value) {
    /** A resource holds at most 50 tags. */
    public static final int MAX_TAGS = 50;
    /** Letters, digits and white space in any language, plus {@code _ . : / = + - @}. */
    private static final Pattern ALLOWED = Pattern.compile("[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*");

    public static List<TagSpec> listFrom(JsonObject request, String member) {
        return SpecLists.structures(request, member, json -> new TagSpec(
                JsonFields.string(json, "Key"), JsonFields.string(json, "Value")));
    }

    public static void checkShape(Constraints check, String path, List<TagSpec> tags) {
        SpecLists.checkEach(check, path, tags, (elementPath, tag) -> check
                .notNull(elementPath + ".key", tag.key)
                .length(elementPath + ".key", tag.key, 1, 128)
                .notNull(elementPath + ".value", tag.value)
                .length(elementPath + ".value", tag.value, 0, 256));
    }

    /**
     * Applies the tags over the existing ones (a key already present gets the new value), refusing bad
     * characters, the reserved {@code aws:} prefix, a key given twice, and more than 50 tags in the end.
     */
    public static Map<String, String> merge(Map<String, String> existing, List<TagSpec> tags) {
        Set<String> seen = new HashSet<>();
        for (TagSpec tag : tags) {
            if (!ALLOWED.matcher(tag.key).matches()) {
                throw ApiException.validation("The Tag Key provided is invalid, Key: " + tag.key);
            }
            if (tag.key.startsWith("aws:")) {
                throw ApiException.validation("Tag Key cannot be prefixed with aws:, Key: " + tag.key);
            }
            if (!ALLOWED.matcher(tag.value).matches()) {
                throw ApiException.validation("The Tag Value provided is invalid, Value: " + tag.value);
            }
            if (!seen.add(tag.key)) {
                throw ApiException.validation(
                        "Duplicate Tag Keys provided as input: Duplicate Tag Key found " + tag.key);
            }
        }
        Map<String, String> merged = new LinkedHashMap<>(existing);
        for (TagSpec tag : tags) {
            merged.put(tag.key, tag.value);
        }
        if (merged.size() > MAX_TAGS) {
            throw ApiException.validation("Number of Tags exceed the current limit for the provided ResourceArn");
        }
        return merged;
    }
}
