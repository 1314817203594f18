package io.ddbworkbench.testkit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A test class that talks to DynamoDB. Its constructor, lifecycle and test methods may declare parameters of
 * these types and receive them for the backend chosen by {@code DDB_BACKEND} / {@code -Dddb.backend}:
 * {@code DynamoDbClient}, {@code DynamoDbAsyncClient}, {@code DynamoDbEnhancedClient},
 * {@code DynamoDbEnhancedAsyncClient}, {@code DynamoDbStreamsClient}, {@code DynamoDbClients},
 * {@link TableNamespace}, {@code Backend}; and, on the embedded backend only, {@code DynamoDbEngine} and
 * {@link TestClock}.
 *
 * <pre>{@code
 * @DynamoDbTest
 * class UsersTest {
 *     @Test
 *     void savesAUser(DynamoDbClient ddb, TableNamespace tables) {
 *         String users = tables.table("Users");
 *         ...
 *     }
 * }
 * }</pre>
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@ExtendWith(DynamoDbExtension.class)
public @interface DynamoDbTest {
}
