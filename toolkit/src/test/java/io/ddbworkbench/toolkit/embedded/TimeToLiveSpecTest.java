package io.ddbworkbench.toolkit.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import io.ddbworkbench.toolkit.table.TableSpec;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.TimeToLiveStatus;

class TimeToLiveSpecTest extends EmbeddedToolkit {

    @Test
    void timeToLiveIsEnabledFromTheSpec() {
        toolkit.tables().create(TableSpec.builder("Sessions")
                .partitionKey("SessionID", ScalarAttributeType.S)
                .timeToLive("ExpirationTime").build());

        var ttl = toolkit.tables().describeTimeToLive("Sessions");

        assertThat(ttl.timeToLiveStatus()).isIn(TimeToLiveStatus.ENABLED, TimeToLiveStatus.ENABLING);
        assertThat(ttl.attributeName()).isEqualTo("ExpirationTime");
    }
}
