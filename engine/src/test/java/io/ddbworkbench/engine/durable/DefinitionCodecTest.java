package io.ddbworkbench.engine.durable;

import static org.assertj.core.api.Assertions.assertThat;

import io.ddbworkbench.engine.model.AttributeType;
import io.ddbworkbench.engine.table.BillingMode;
import io.ddbworkbench.engine.table.IndexDefinition;
import io.ddbworkbench.engine.table.KeyAttribute;
import io.ddbworkbench.engine.table.KeySchema;
import io.ddbworkbench.engine.table.Projection;
import io.ddbworkbench.engine.table.ProjectionType;
import io.ddbworkbench.engine.table.ProvisionedThroughput;
import io.ddbworkbench.engine.table.SseSettings;
import io.ddbworkbench.engine.table.StreamSettings;
import io.ddbworkbench.engine.table.StreamViewType;
import io.ddbworkbench.engine.table.TableDefinition;
import io.ddbworkbench.engine.table.TableStatus;
import io.ddbworkbench.engine.table.TimeToLiveSettings;
import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DefinitionCodecTest {

    /**
     * Every field set to something other than its default, so a field the codec forgets cannot pass. When a
     * field is added to the definition (or to a record inside it), the completeness check below fails until
     * this sample, and the codec, carry it.
     */
    static TableDefinition everythingSet() {
        Instant t = Instant.parse("2025-03-04T05:06:07.123456789Z");
        ProvisionedThroughput throughput = new ProvisionedThroughput(7, 9, t, t.plusSeconds(1), 3);
        KeySchema tableKey = new KeySchema(new KeyAttribute("pk", AttributeType.S),
                new KeyAttribute("sk", AttributeType.N));
        IndexDefinition local = new IndexDefinition("ByLocal", false,
                new KeySchema(new KeyAttribute("pk", AttributeType.S), new KeyAttribute("l", AttributeType.B)),
                new Projection(ProjectionType.INCLUDE, List.of("x", "y")), throughput, TableStatus.ACTIVE,
                t, "arn:local", true);
        IndexDefinition global = new IndexDefinition("ByGlobal", true,
                new KeySchema(new KeyAttribute("g", AttributeType.N), new KeyAttribute("h", AttributeType.S)),
                new Projection(ProjectionType.KEYS_ONLY, List.of("k")), throughput, TableStatus.CREATING,
                t.plusSeconds(5), "arn:global", true);
        Map<String, AttributeType> attributes = new LinkedHashMap<>();
        attributes.put("pk", AttributeType.S);
        attributes.put("sk", AttributeType.N);
        attributes.put("l", AttributeType.B);
        attributes.put("g", AttributeType.N);
        return new TableDefinition.Builder()
                .name("Everything")
                .tableId("0b5e5b8e-1111-2222-3333-444455556666")
                .arn("arn:aws:dynamodb:us-east-1:000000000000:table/Everything")
                .createdAt(t)
                .keySchema(tableKey)
                .attributeDefinitions(attributes)
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .throughput(throughput)
                .localIndexes(List.of(local))
                .globalIndexes(List.of(global))
                .stream(new StreamSettings(true, StreamViewType.NEW_AND_OLD_IMAGES, "arn:stream", "label"))
                .timeToLive(new TimeToLiveSettings(true, "expiresAt", t.minusSeconds(90), t.plusSeconds(3_600)))
                .tags(Map.of("team", "data", "empty", ""))
                .deletionProtection(true)
                .tableClass("STANDARD_INFREQUENT_ACCESS")
                .status(TableStatus.UPDATING)
                .readyAt(t.plusSeconds(10))
                .lastUpdateToPayPerRequest(t.minusSeconds(60))
                .tableClassChangedAt(t.minusSeconds(30))
                .sse(new SseSettings("KMS", "arn:aws:kms:us-east-1:000000000000:key/k"))
                .build();
    }

    @Test
    void theSampleSetsEveryFieldOfEveryRecordInTheDefinition() {
        assertEveryComponentSet(everythingSet(), "TableDefinition");
    }

    @Test
    void aFullDefinitionComesBackEqual() {
        TableDefinition definition = everythingSet();
        assertThat(roundTrip(definition)).isEqualTo(definition);
    }

    @Test
    void absentOptionalPartsStayAbsent() {
        TableDefinition sparse = new TableDefinition.Builder()
                .name("Sparse")
                .tableId("id")
                .keySchema(new KeySchema(new KeyAttribute("pk", AttributeType.S), null))
                .attributeDefinitions(Map.of("pk", AttributeType.S))
                .build();
        TableDefinition decoded = roundTrip(sparse);
        assertThat(decoded).isEqualTo(sparse);
        assertThat(decoded.sse()).isNull();
        assertThat(decoded.keySchema().sortKey()).isNull();
    }

    private static TableDefinition roundTrip(TableDefinition definition) {
        ByteOutput out = new ByteOutput(16);
        DefinitionCodec.write(out, definition);
        ByteInput in = new ByteInput(Arrays.copyOf(out.array(), out.size()), Path.of("t"), 0);
        TableDefinition decoded = DefinitionCodec.read(in);
        in.expectEnd();
        return decoded;
    }

    /**
     * Walks records (and lists of records) and fails on any component left null, false or zero, except a
     * local index's {@code global} flag, which is false by nature.
     */
    private static void assertEveryComponentSet(Object value, String path) {
        if (path.equals("TableDefinition.localIndexes[0].global")) {
            return;
        }
        assertThat(value).as(path).isNotNull();
        if (value instanceof List<?> list) {
            assertThat(list).as(path).isNotEmpty();
            for (int i = 0; i < list.size(); i++) {
                assertEveryComponentSet(list.get(i), path + "[" + i + "]");
            }
            return;
        }
        if (value instanceof Boolean flag) {
            assertThat(flag).as(path + " is left at its default").isTrue();
            return;
        }
        if (value instanceof Number number) {
            assertThat(number.longValue()).as(path + " is left at its default").isNotZero();
            return;
        }
        if (!value.getClass().isRecord()) {
            return;
        }
        for (RecordComponent component : value.getClass().getRecordComponents()) {
            try {
                assertEveryComponentSet(component.getAccessor().invoke(value), path + "." + component.getName());
            } catch (ReflectiveOperationException e) {
                throw new AssertionError(e);
            }
        }
    }
}
