package io.ddbworkbench.toolkit.cost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ddbworkbench.toolkit.capacity.ReadConsistency;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Every expected figure below is worked by hand from the us-east-1 prices in the shipped table. */
class CostEstimatorTest {
    private final CostEstimator usEast1 = CostEstimator.forRegion("us-east-1");

    @Test
    void theShippedTableSaysWhenItsFiguresWereRecorded() {
        RegionPrices prices = PriceTable.builtIn().region("us-east-1");

        assertThat(prices.recorded()).matches("\\d{4}-\\d{2}-\\d{2}");
        assertThat(prices.writePerMillionRequestUnits()).isEqualByComparingTo("0.625");
        assertThat(prices.readPerMillionRequestUnits()).isEqualByComparingTo("0.125");
    }

    @Test
    void provisioning100ReadAnd100WriteUnitsForAMonth() {
        // 100 strongly consistent 4 KB reads/s need 100 RCU; 100 writes of 1 KB/s need 100 WCU.
        // 100 x $0.00013 x 730 h = $9.49 and 100 x $0.00065 x 730 h = $47.45.
        Workload steady = Workload.builder()
                .reads(100, 4096, ReadConsistency.STRONG)
                .writes(100, 1024)
                .targetUtilization(1.0)
                .build();

        CostEstimate estimate = usEast1.estimate(steady);

        assertThat(estimate.provisionedReadCapacity()).isEqualTo(100);
        assertThat(estimate.provisionedWriteCapacity()).isEqualTo(100);
        assertThat(estimate.provisionedMonthly()).isEqualByComparingTo("56.94");
    }

    @Test
    void onDemandBillsRequestUnitsPerMillion() {
        // 1 write/s of 1 KB for 730 h = 2,628,000 WRU x $0.625 / M = $1.6425.
        // 10 eventually consistent 4 KB reads/s = 5 RRU/s = 13,140,000 RRU x $0.125 / M = $1.6425.
        // 10 GB stored x $0.25 = $2.50.
        Workload small = Workload.builder()
                .reads(10, 4096, ReadConsistency.EVENTUAL)
                .writes(1, 1024)
                .storedGigabytes(10)
                .build();

        CostEstimate estimate = usEast1.estimate(small);

        assertThat(estimate.monthlyWriteRequestUnits()).isEqualTo(2_628_000.0);
        assertThat(estimate.monthlyReadRequestUnits()).isEqualTo(13_140_000.0);
        assertThat(estimate.storageMonthly()).isEqualByComparingTo("2.50");
        assertThat(estimate.onDemandMonthly()).isEqualByComparingTo("5.785");
    }

    @Test
    void globalIndexesAndTransactionsMultiplyWrites() {
        // A 2.5 KB transactional write costs 3 x 2 = 6 WRU, plus 3 WRU in each of two GSIs: 12 WRU per write.
        Workload indexed = Workload.builder().writes(1, 2560).transactionalWrites(true).globalIndexes(2).build();

        CostEstimate estimate = usEast1.estimate(indexed);

        assertThat(estimate.monthlyWriteRequestUnits()).isEqualTo(12.0 * CostEstimator.SECONDS_PER_MONTH);
    }

    @Test
    void provisionedCapacityCoversThePeakWithHeadroom() {
        // 70 writes/s average, peaks at twice that, planned at 70 % utilization: 70 x 2 / 0.7 = 200 WCU.
        Workload spiky = Workload.builder().writes(70, 1024).peakToAverage(2).targetUtilization(0.7).build();

        CostEstimate estimate = usEast1.estimate(spiky);

        assertThat(estimate.provisionedWriteCapacity()).isEqualTo(200);
        assertThat(estimate.provisionedReadCapacity()).as("a provisioned table has at least 1 RCU").isEqualTo(1);
    }

    @Test
    void aSteadyBusyTableIsCheaperProvisionedAndAQuietOneOnDemand() {
        Workload busy = Workload.builder().writes(500, 1024).targetUtilization(0.7).build();
        Workload quiet = Workload.builder().writes(0.01, 1024).build();

        assertThat(usEast1.estimate(busy).cheaperMode()).isEqualTo("provisioned");
        assertThat(usEast1.estimate(quiet).cheaperMode()).isEqualTo("on-demand");
        assertThat(usEast1.estimate(quiet).summary()).contains("us-east-1 prices recorded", "cheaper: on-demand");
    }

    @Test
    void otherRegionsComeFromTheUsersOwnTable() throws IOException {
        String table = "prices.recorded=2026-01-01\n"
                + "eu-west-1.on-demand.read-per-million=0.1415\n"
                + "eu-west-1.on-demand.write-per-million=0.7068\n"
                + "eu-west-1.provisioned.rcu-hour=0.000147\n"
                + "eu-west-1.provisioned.wcu-hour=0.000735\n"
                + "eu-west-1.storage.gb-month=0.283\n";
        PriceTable custom = PriceTable.load(new ByteArrayInputStream(table.getBytes(StandardCharsets.UTF_8)));

        CostEstimate estimate = new CostEstimator(custom.region("eu-west-1"))
                .estimate(Workload.builder().storedGigabytes(100).build());

        assertThat(estimate.storageMonthly()).isEqualByComparingTo(new BigDecimal("28.3"));
        assertThatThrownBy(() -> PriceTable.builtIn().region("eu-west-1"))
                .hasMessage("No DynamoDB prices for region 'eu-west-1' (this table has [us-east-1]); "
                        + "pass your own figures with RegionPrices or PriceTable.load");
    }
}
