package io.ddbworkbench.labkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.ddbworkbench.labkit.LabCheck.Mode;
import io.ddbworkbench.labkit.LabCheck.Verdict;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LabCheckTest {
    private static final Mode ROOT_BUILD = new Mode(false, false, true);
    private static final Mode LEARNER_COMMAND = new Mode(true, false, true);
    private static final Mode CI = new Mode(false, true, true);

    @TempDir
    Path labs;

    private LabFolder shippedLab() {
        return LabFolder.create(labs, "04-accounts").seal();
    }

    @Test
    void anUntouchedStubThatFailsEveryTestPassesTheProof() {
        LabFolder folder = shippedLab().notDoneTimes(1, 2).notDoneTimes(2, 2).notDoneTimes(3, 2).report();

        Verdict verdict = new LabCheck(folder.lab(), CI).run();

        assertThat(verdict.failures()).isEmpty();
        assertThat(verdict.report()).contains("0 of 6 tests pass")
                .contains("The stub is as shipped: all 6 tests fail");
    }

    @Test
    void anUntouchedStubThatPassesATestBreaksTheBuildNamingTheTest() {
        LabFolder folder = shippedLab().notDoneTimes(1, 2).passed("Step 2: counts for free").notDoneTimes(3, 3)
                .report();

        Verdict verdict = new LabCheck(folder.lab(), ROOT_BUILD).run();

        assertThat(verdict.failures()).singleElement().asString()
                .contains("\"Step 2: counts for free\" passes against the untouched stub");
    }

    @Test
    void theProofAsksForSixTestsStepNamesAndAReadmeHeadingPerStep() {
        LabFolder folder = shippedLab().notDone("countsLogins()", "Step 2: count").notDoneTimes(4, 1).report();

        Verdict verdict = new LabCheck(folder.lab(), ROOT_BUILD).run();

        assertThat(verdict.failures()).hasSize(3);
        assertThat(verdict.failures().get(0)).contains("has 2 tests; a lab needs at least 6");
        assertThat(verdict.failures().get(1)).contains("\"countsLogins()\"").contains("\"Step N: \"");
        assertThat(verdict.failures().get(2)).contains("README.adoc has no heading \"Step 4: ...\"");
    }

    @Test
    void aSkippedTestOnTheEmbeddedEngineFailsTheProofButNotOnAnotherBackend() {
        LabFolder folder = shippedLab().notDoneTimes(1, 5).skipped("Step 2: disabled", "not ready").report();

        assertThat(new LabCheck(folder.lab(), ROOT_BUILD).run().failures()).singleElement().asString()
                .contains("\"Step 2: disabled\" was skipped (not ready)");
        assertThat(new LabCheck(folder.lab(), new Mode(false, false, false)).run().failures()).isEmpty();
    }

    @Test
    void anUnsealedLabIsProvedLocallyAndRefusedOnCi() {
        LabFolder folder = LabFolder.create(labs, "04-accounts").notDoneTimes(1, 6).report();

        Verdict local = new LabCheck(folder.lab(), ROOT_BUILD).run();
        Verdict ci = new LabCheck(folder.lab(), CI).run();

        assertThat(local.failures()).isEmpty();
        assertThat(local.report()).contains("Not sealed yet: ./lab seal 04");
        assertThat(ci.failures()).singleElement().asString().contains("no stub.sha256");
    }

    @Test
    void aLearnerHalfwayThroughSeesTheNextStepAndTheRootBuildCarriesOn() {
        LabFolder folder = shippedLab().editStub()
                .passed("Step 1: registers").passed("Step 1: refuses a taken id")
                .failed("Step 2: counts", "expected 3 logins but was 2")
                .notDoneTimes(3, 2)
                .report();

        Verdict verdict = new LabCheck(folder.lab(), ROOT_BUILD).run();

        assertThat(verdict.failures()).isEmpty();
        assertThat(verdict.report())
                .contains("2 of 5 tests pass")
                .contains("  FAIL  Step 2: counts")
                .contains("Next: Step 2: counts")
                .contains("expected 3 logins but was 2")
                .contains("Read labs/04-accounts/README.adoc, \"Step 2\", then run ./lab 4 again.")
                .contains("./lab 4 runs it strictly");
    }

    @Test
    void theLearnersCommandFailsUntilEveryTestPasses() {
        LabFolder halfway = shippedLab().editStub().passed("Step 1: registers").notDoneTimes(2, 1).report();

        Verdict verdict = new LabCheck(halfway.lab(), LEARNER_COMMAND).run();

        assertThat(verdict.failures()).singleElement().asString()
                .isEqualTo("Lab 04: accounts is not finished: 1 of 2 tests pass.");
    }

    @Test
    void aFinishedLabPassesTheLearnersCommand() {
        LabFolder done = shippedLab().editStub().passed("Step 1: registers").passed("Step 2: counts").report();

        Verdict verdict = new LabCheck(done.lab(), LEARNER_COMMAND).run();

        assertThat(verdict.failures()).isEmpty();
        assertThat(verdict.report()).contains("All 2 tests pass: 04-accounts is done")
                .contains("solutions/04-accounts");
    }

    @Test
    void onTheEmbeddedEngineASkippedTestKeepsTheLabUnfinished() {
        LabFolder folder = shippedLab().editStub().passed("Step 1: registers").skipped("Step 2: counts", "off")
                .report();

        assertThat(new LabCheck(folder.lab(), LEARNER_COMMAND).run().failures()).hasSize(1);
        assertThat(new LabCheck(folder.lab(), new Mode(true, false, false)).run().failures()).isEmpty();
    }

    @Test
    void onCiAStubThatDiffersFromItsFingerprintIsAnAuthorsMistake() {
        LabFolder folder = shippedLab().editStub().notDoneTimes(1, 6).report();

        Verdict verdict = new LabCheck(folder.lab(), CI).run();

        assertThat(verdict.failures()).singleElement().asString()
                .contains("differs from stub.sha256").contains("./lab seal 04");
    }

    @Test
    void noReportsMeansTheTestsDidNotRun() {
        Verdict verdict = new LabCheck(shippedLab().lab(), ROOT_BUILD).run();

        assertThat(verdict.failures()).singleElement().asString().contains("no test results");
    }
}
