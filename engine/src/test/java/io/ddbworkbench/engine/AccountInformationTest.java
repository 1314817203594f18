package io.ddbworkbench.engine;

import static io.ddbworkbench.engine.ControlPlaneFixtures.withClient;
import static io.ddbworkbench.engine.ControlPlaneFixtures.withEngine;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import software.amazon.awssdk.services.dynamodb.model.DescribeLimitsResponse;
import software.amazon.awssdk.services.dynamodb.model.Endpoint;

/** DescribeLimits and DescribeEndpoints: the account-level answers a new account gets. */
class AccountInformationTest {

    @ParameterizedTest
    @EnumSource(Door.class)
    void limitsAreTheDefaultAccountQuotas(Door door) {
        withClient(door, ddb -> {
            DescribeLimitsResponse limits = ddb.describeLimits(b -> { });
            assertThat(limits.accountMaxReadCapacityUnits()).isEqualTo(80_000);
            assertThat(limits.accountMaxWriteCapacityUnits()).isEqualTo(80_000);
            assertThat(limits.tableMaxReadCapacityUnits()).isEqualTo(40_000);
            assertThat(limits.tableMaxWriteCapacityUnits()).isEqualTo(40_000);
        });
    }

    @ParameterizedTest
    @EnumSource(Door.class)
    void theEndpointIsTheRegionalOneCachedForADay(Door door) {
        withEngine(door, EngineOptions.builder().region("eu-west-2").build(), (engine, ddb) ->
                assertThat(ddb.describeEndpoints(b -> { }).endpoints()).containsExactly(Endpoint.builder()
                        .address("dynamodb.eu-west-2.amazonaws.com").cachePeriodInMinutes(1440L).build()));
    }
}
