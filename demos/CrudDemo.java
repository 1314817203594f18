///usr/bin/env jbang "$0" "$@" ; exit $?
//JAVA 17+
//DEPS io.ddbworkbench:testkit:0.1.0-SNAPSHOT
//SOURCES support/Demo.java support/Narrator.java support/Workbench.java support/ItemText.java
//SOURCES support/SampleUsers.java CreateTableDemo.java

import io.ddbworkbench.toolkit.expression.Condition;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbAttribute;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbBean;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbPartitionKey;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbSortKey;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import support.Demo;
import support.ItemText;
import support.Narrator;
import support.SampleUsers;
import support.Workbench;

/**
 * Create, read, update and delete one item: the original guide's user123. Shows that a put replaces the whole
 * item, that a condition makes a put insert-only, the difference between eventually and strongly consistent
 * reads, projections, a delete that returns what it removed, and the same item as a Java bean through the
 * SDK's enhanced client.
 */
public class CrudDemo {

    public static void main(String[] args) {
        Demo.main("CRUD: put, get, update and delete one item", CrudDemo::run);
    }

    static void run(Workbench bench, Narrator say) {
        CreateTableDemo.createUsersTable(bench, say);
        insertUser(bench, say);
        insertOnlyIfAbsent(bench, say);
        getUser(bench, say);
        getMissingUser(bench, say);
        replaceWholeItem(bench, say);
        deleteUser(bench, say);
        beanRoundTrip(bench, say);
    }

    static void insertUser(Workbench bench, Narrator say) {
        String users = bench.table("Users");
        Map<String, Object> user = SampleUsers.readmeUser();
        say.step("Insert one user");
        say.why("PutItem writes a whole item. The key (UserID + Timestamp) is required and typed as the table "
                + "declares; every other attribute is free-form: strings, numbers, lists, maps, sets.");
        say.request("PutItem " + users + " " + ItemText.plain(user));
        // tag::put-item[]
        bench.ddb().items().put(users, user);
        // end::put-item[]
        say.result("written (PutItem returns nothing unless asked for the old item)");
    }

    static void insertOnlyIfAbsent(Workbench bench, Narrator say) {
        String users = bench.table("Users");
        say.step("Insert the same key again, but only if it does not exist yet");
        say.why("A put silently replaces an item with the same key. The condition attribute_not_exists(UserID) "
                + "turns it into an insert that fails instead of overwriting: the usual guard for creating things.");
        Map<String, Object> impostor = Map.of("UserID", SampleUsers.USER, "Timestamp", SampleUsers.README_TIMESTAMP,
                "Name", "Impostor");
        say.request("PutItem " + users + " " + ItemText.plain(impostor) + " ConditionExpression="
                + "attribute_not_exists(UserID)");
        say.failureOf(() -> {
            // tag::put-if-absent[]
            bench.ddb().items().put(users, impostor, Condition.attribute("UserID").notExists());
            // end::put-if-absent[]
        });
    }

    static void getUser(Workbench bench, Narrator say) {
        String users = bench.table("Users");
        say.step("Get the user by its full primary key");
        say.why("GetItem needs the whole key: partition and sort key. The default read is eventually "
                + "consistent (half the price); a strongly consistent read sees every write acknowledged before "
                + "it. A projection returns only the attributes you name: less to transfer, same capacity.");
        say.request("GetItem " + users + " " + ItemText.plain(SampleUsers.readmeKey()) + " (eventually consistent)");
        say.item(bench.ddb().items().get(users, SampleUsers.readmeKey()).orElseThrow());
        say.request("GetItem " + users + " " + ItemText.plain(SampleUsers.readmeKey())
                + " ConsistentRead=true, ProjectionExpression=Name, Email");
        // tag::get-item[]
        Optional<Map<String, AttributeValue>> user =
                bench.ddb().items().get(users, SampleUsers.readmeKey(), true, "Name", "Email");
        // end::get-item[]
        say.item(user.orElseThrow());
    }

    static void getMissingUser(Workbench bench, Narrator say) {
        String users = bench.table("Users");
        Map<String, Object> key = Map.of("UserID", "nobody", "Timestamp", SampleUsers.README_TIMESTAMP);
        say.step("Get a key that holds no item");
        say.why("A missing item is not an error: the response simply has no Item. (Only a missing table is.)");
        say.request("GetItem " + users + " " + ItemText.plain(key));
        say.result(bench.ddb().items().get(users, key).isPresent() ? "found" : "no item");
    }

    static void replaceWholeItem(Workbench bench, Narrator say) {
        String users = bench.table("Users");
        Map<String, Object> smaller = Map.of("UserID", SampleUsers.USER, "Timestamp", SampleUsers.README_TIMESTAMP,
                "Name", "John D.");
        say.step("Put a smaller item under the same key");
        say.why("PutItem does not merge: the new item replaces the old one entirely, so Email and Age are gone. "
                + "To change some attributes and keep the rest, use UpdateItem (see UpdateDemo).");
        say.request("PutItem " + users + " " + ItemText.plain(smaller));
        bench.ddb().items().put(users, smaller);
        say.item(bench.ddb().items().get(users, SampleUsers.readmeKey(), true).orElseThrow());
    }

    static void deleteUser(Workbench bench, Narrator say) {
        String users = bench.table("Users");
        say.step("Delete the user");
        say.why("DeleteItem also needs the full key. Asking for ReturnValues=ALL_OLD hands back what was deleted, "
                + "in the same request; deleting a key that holds nothing succeeds too.");
        say.request("DeleteItem " + users + " " + ItemText.plain(SampleUsers.readmeKey()) + " ReturnValues=ALL_OLD");
        // tag::delete-item[]
        Optional<Map<String, AttributeValue>> deleted = bench.ddb().items().delete(users, SampleUsers.readmeKey());
        // end::delete-item[]
        say.result("deleted " + deleted.map(ItemText::of).orElse("nothing"));
        say.request("GetItem " + users + " " + ItemText.plain(SampleUsers.readmeKey()));
        say.result(bench.ddb().items().get(users, SampleUsers.readmeKey(), true).isPresent() ? "found" : "no item");
    }

    static void beanRoundTrip(Workbench bench, Narrator say) {
        String users = bench.table("Users");
        say.step("The same item as a Java bean, through the enhanced client");
        say.why("The SDK's enhanced client maps annotated classes to items: @DynamoDbPartitionKey and "
                + "@DynamoDbSortKey mark the key, every other property becomes an attribute.");
        User alice = new User();
        alice.setUserId("user1");
        alice.setTimestamp("2024-12-01T10:00:00Z");
        alice.setName("Alice");
        alice.setEmail("alice@example.com");
        alice.setAge(27);
        say.request("putItem(User{userId=user1, timestamp=2024-12-01T10:00:00Z, name=Alice, age=27})");
        bench.ddb().items().putBean(users, User.class, alice);
        User key = new User();
        key.setUserId("user1");
        key.setTimestamp("2024-12-01T10:00:00Z");
        User read = bench.ddb().items().getBean(users, User.class, key).orElseThrow();
        say.result("getItem -> User{name=" + read.getName() + ", email=" + read.getEmail() + ", age=" + read.getAge()
                + "}");
    }

    /** A user record as a bean: the attribute names are the property names, capitalised as the table uses them. */
    @DynamoDbBean
    public static class User {
        private String userId;
        private String timestamp;
        private String name;
        private String email;
        private Integer age;

        @DynamoDbPartitionKey
        @DynamoDbAttribute("UserID")
        public String getUserId() {
            return userId;
        }

        public void setUserId(String userId) {
            this.userId = userId;
        }

        @DynamoDbSortKey
        @DynamoDbAttribute("Timestamp")
        public String getTimestamp() {
            return timestamp;
        }

        public void setTimestamp(String timestamp) {
            this.timestamp = timestamp;
        }

        @DynamoDbAttribute("Name")
        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        @DynamoDbAttribute("Email")
        public String getEmail() {
            return email;
        }

        public void setEmail(String email) {
            this.email = email;
        }

        @DynamoDbAttribute("Age")
        public Integer getAge() {
            return age;
        }

        public void setAge(Integer age) {
            this.age = age;
        }
    }
}
