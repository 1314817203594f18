package io.ddbworkbench.engine.capacity;

import static org.assertj.core.api.Assertions.assertThat;

import io.ddbworkbench.engine.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CapacityUnitsTest {

    @ParameterizedTest
    @CsvSource({"0, 1", "1, 1", "1024, 1", "1025, 2", "2048, 2", "409600, 400"})
    void writesArePerStartedKilobyteAndAtLeastOne(long bytes, double units) {
        assertThat(CapacityUnits.writeUnits(bytes)).isEqualTo(units);
    }

    @ParameterizedTest
    @CsvSource({"0, true, 1", "0, false, 0.5", "4096, true, 1", "4097, true, 2", "4097, false, 1",
        "12289, false, 2"})
    void readsArePerStartedFourKilobytesHalvedWhenEventual(long bytes, boolean consistent, double units) {
        assertThat(CapacityUnits.readUnits(bytes, consistent)).isEqualTo(units);
    }

    @Test
    void totalsAndIndexArmsAsTheServiceShowsThem() {
        ConsumedCapacity capacity = new ConsumedCapacity("T").addTable(1)
                .addIndex("g", true, 2).addIndex("l", false, 1).addIndex("idle", true, 0);
        capacity.add(new ConsumedCapacity("T").addTable(0.5).addIndex("g", true, 1));
        assertThat(capacity.total()).isEqualTo(5.5);
        assertThat(capacity.toJson(ReturnConsumedCapacity.NONE)).isNull();
        assertThat(capacity.toJson(ReturnConsumedCapacity.TOTAL).toString())
                .isEqualTo("{\"TableName\":\"T\",\"CapacityUnits\":5.5}");
        JsonObject indexes = capacity.toJson(ReturnConsumedCapacity.INDEXES);
        assertThat(indexes.toString()).isEqualTo("{\"TableName\":\"T\",\"CapacityUnits\":5.5,"
                + "\"Table\":{\"CapacityUnits\":1.5},\"GlobalSecondaryIndexes\":{\"g\":{\"CapacityUnits\":3}},"
                + "\"LocalSecondaryIndexes\":{\"l\":{\"CapacityUnits\":1}}}");
    }
}
