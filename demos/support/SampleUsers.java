package support;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The small Users data set the demos share, after the original guide: each item is a user's record at one
 * moment ({@code UserID} partition key, ISO-8601 {@code Timestamp} sort key). user123 has several records so
 * that queries by key, by sort-key prefix, on the indexes and with filters all have something to find; the
 * others give a scan something to skip.
 */
public final class SampleUsers {
    /** The user of the original guide's examples. */
    public static final String USER = "user123";
    /** The sort key of the original guide's single insert. */
    public static final String README_TIMESTAMP = "2024-12-20T10:00:00Z";

    private SampleUsers() {
    }

    /** The original guide's single insert: user123 at {@link #README_TIMESTAMP}. */
    public static Map<String, Object> readmeUser() {
        return record(USER, README_TIMESTAMP, "John Doe", "john@example.com", 30, null, null);
    }

    /** The key of {@link #readmeUser()}. */
    public static Map<String, Object> readmeKey() {
        return Map.of("UserID", USER, "Timestamp", README_TIMESTAMP);
    }

    /** The records the batch insert writes: three more for user123, one each for user1 to user5. */
    public static List<Map<String, Object>> records() {
        return List.of(
                record(USER, "2024-11-28T09:15:00Z", "John Doe", "john@example.com", 29, "inactive", 3),
                record(USER, "2024-12-01T08:30:00Z", "John Doe", "john@example.com", 30, "active", 4),
                record(USER, "2024-12-15T18:45:00Z", "John Doe", "john@example.com", 30, "active", 5),
                record("user1", "2024-12-01T10:00:00Z", "Alice", "alice@example.com", 27, "active", 5),
                record("user2", "2024-12-02T11:00:00Z", "Bob", "bob@example.com", 41, "active", 2),
                record("user3", "2024-12-03T12:00:00Z", "Carol", "carol@example.com", 35, "inactive", 4),
                record("user4", "2024-12-05T09:30:00Z", "Dan", "dan@example.com", 22, "active", 3),
                record("user5", "2024-12-07T16:20:00Z", "Erin", "erin@example.com", 38, "active", 4));
    }

    /** The keys the original guide's batch delete removes. */
    public static List<Map<String, Object>> batchDeleteKeys() {
        return List.of(
                Map.of("UserID", "user1", "Timestamp", "2024-12-01T10:00:00Z"),
                Map.of("UserID", "user2", "Timestamp", "2024-12-02T11:00:00Z"));
    }

    /** One record; a null status or rating leaves the attribute out (so the rating index skips the item). */
    private static Map<String, Object> record(String user, String timestamp, String name, String email, int age,
                                              String status, Integer rating) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("UserID", user);
        item.put("Timestamp", timestamp);
        item.put("Name", name);
        item.put("Email", email);
        item.put("Age", age);
        if (status != null) {
            item.put("Status", status);
        }
        if (rating != null) {
            item.put("Rating", rating);
        }
        return item;
    }
}
