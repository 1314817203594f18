package io.ddbworkbench.engine;

import static io.ddbworkbench.engine.ControlPlaneFixtures.assertInvalid;
import static io.ddbworkbench.engine.ControlPlaneFixtures.onDemandTable;
import static io.ddbworkbench.engine.ControlPlaneFixtures.withClient;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import software.amazon.awssdk.services.dynamodb.model.ListTablesResponse;

class ListTablesTest {
    private static final List<String> NAMES = List.of("delta", "Alpha", "charlie", "bravo", "echo");

    @ParameterizedTest
    @EnumSource(Door.class)
    void namesComeSortedAndPagesEndExactlyWhereTheNamesDo(Door door) {
        withClient(door, ddb -> {
            NAMES.forEach(name -> ddb.createTable(onDemandTable(name).build()));

            assertThat(ddb.listTables().tableNames()).containsExactly("Alpha", "bravo", "charlie", "delta", "echo");
            ListTablesResponse first = ddb.listTables(b -> b.limit(2));
            assertThat(first.tableNames()).containsExactly("Alpha", "bravo");
            assertThat(first.lastEvaluatedTableName()).isEqualTo("bravo");
            ListTablesResponse rest = ddb.listTables(b -> b.limit(3).exclusiveStartTableName("bravo"));
            assertThat(rest.tableNames()).containsExactly("charlie", "delta", "echo");
            assertThat(rest.lastEvaluatedTableName()).as("nothing follows the last page").isNull();
            assertThat(ddb.listTables(b -> b.exclusiveStartTableName("aaa")).tableNames()).hasSize(4);
        });
    }

    @ParameterizedTest
    @EnumSource(Door.class)
    void theSdkPaginatorWalksEveryPage(Door door) {
        withClient(door, ddb -> {
            NAMES.forEach(name -> ddb.createTable(onDemandTable(name).build()));
            assertThat(ddb.listTablesPaginator(b -> b.limit(2)).tableNames())
                    .containsExactly("Alpha", "bravo", "charlie", "delta", "echo");
            assertThat(ddb.listTablesPaginator(b -> b.limit(2)).stream()).hasSize(3);
        });
    }

    @ParameterizedTest
    @EnumSource(Door.class)
    void limitAndStartNameAreChecked(Door door) {
        withClient(door, ddb -> {
            assertInvalid(() -> ddb.listTables(b -> b.limit(0)),
                    "1 validation error detected: Value '0' at 'limit' failed to satisfy constraint: "
                            + "Member must have value greater than or equal to 1");
            assertInvalid(() -> ddb.listTables(b -> b.exclusiveStartTableName("a;").limit(500)),
                    "3 validation errors detected: Value 'a;' at 'exclusiveStartTableName' failed to satisfy "
                            + "constraint: Member must satisfy regular expression pattern: [a-zA-Z0-9_.-]+; Value 'a;' "
                            + "at 'exclusiveStartTableName' failed to satisfy constraint: Member must have length "
                            + "greater than or equal to 3; Value '500' at 'limit' failed to satisfy constraint: Member "
                            + "must have value less than or equal to 100");
        });
    }
}
