package io.ddbworkbench.labkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.ddbworkbench.labkit.TestOutcome.Result;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SurefireReportsTest {
    @TempDir
    Path labs;

    @Test
    void readsEveryKindOfOutcomeInTheOrderTheTestsRan() {
        LabFolder folder = LabFolder.create(labs, "04-accounts")
                .passed("Step 1: registers")
                .failed("Step 2: counts", "expected 3 logins\nbut was 2")
                .notDone("Step 3: locks", "Step 3: lock it")
                .skipped("Step 3: waits", "needs Docker")
                .report();

        List<TestOutcome> outcomes = folder.lab().outcomes();

        assertThat(outcomes).extracting(TestOutcome::name)
                .containsExactly("Step 1: registers", "Step 2: counts", "Step 3: locks", "Step 3: waits");
        assertThat(outcomes).extracting(TestOutcome::result)
                .containsExactly(Result.PASSED, Result.FAILED, Result.NOT_DONE, Result.SKIPPED);
        assertThat(outcomes.get(1).message()).as("the whole assertion message")
                .isEqualTo("expected 3 logins\nbut was 2");
        assertThat(outcomes.get(1).headline()).isEqualTo("expected 3 logins");
        assertThat(outcomes.get(2).message()).startsWith("Not done yet: Step 3: lock it");
        assertThat(outcomes.get(3).message()).isEqualTo("needs Docker");
    }

    @Test
    void aNotDoneYetWrappedByAnotherExceptionStillCountsAsNotStarted() {
        String wrapped = "java.util.concurrent.ExecutionException: " + new NotDoneYet("Step 2: count").getMessage();
        LabFolder folder = LabFolder.create(labs, "04-accounts")
                .errored("Step 2: counts from threads", "java.util.concurrent.ExecutionException", wrapped)
                .failed("Step 2: throws", "Expecting actual throwable to be an instance of X but was: "
                        + new NotDoneYet("Step 2: throw X").getMessage())
                .report();

        List<TestOutcome> outcomes = folder.lab().outcomes();

        assertThat(outcomes).extracting(TestOutcome::result).containsOnly(Result.NOT_DONE);
        assertThat(outcomes).extracting(TestOutcome::message)
                .allSatisfy(message -> assertThat(message).startsWith("Not done yet: Step 2:"));
    }

    @Test
    void aFailureKeepsTheAssertionWithoutQuotedStackFramesAndPointsAtTheTestLine() {
        LabFolder folder = LabFolder.create(labs, "04-accounts");
        folder.write("target/surefire-reports/TEST-" + LabFolder.TEST_CLASS + ".xml", """
                <testsuite name="io.example.lab.AccountsTest">
                  <testcase name="Step 2: refuses" classname="Accounts, as a display name">
                    <failure message="[withdrawing 800]&#10;Expecting X&#10;but was:&#10;  Y: boom&#10;\
                \tat a.B.c(B.java:3)&#10;\t...(81 remaining lines not displayed)"
                        type="java.lang.AssertionError">java.lang.AssertionError: [withdrawing 800]
                \tat io.example.lab.Accounts.withdraw(Accounts.java:12)
                \tat io.example.lab.AccountsTest.refuses(AccountsTest.java:174)
                \tat io.example.lab.AccountsTest.other(AccountsTest.java:200)</failure>
                  </testcase>
                </testsuite>
                """);

        TestOutcome outcome = folder.lab().outcomes().get(0);

        assertThat(outcome.message()).isEqualTo("[withdrawing 800]\nExpecting X\nbut was:\n  Y: boom");
        assertThat(outcome.location()).isEqualTo("AccountsTest.java:174");
    }

    @Test
    void ignoresTheLeftoverReportOfATestClassThatNoLongerExists() {
        LabFolder folder = LabFolder.create(labs, "04-accounts").passed("Step 1: registers").report();
        folder.write("target/surefire-reports/TEST-io.example.lab.RenamedTest.xml",
                "<testsuite name=\"io.example.lab.RenamedTest\"><testcase name=\"Step 9: old\" "
                        + "classname=\"io.example.lab.RenamedTest\"/></testsuite>");

        assertThat(folder.lab().outcomes()).extracting(TestOutcome::name).containsExactly("Step 1: registers");
    }

    @Test
    void aLabThatNeverRanHasNoOutcomes() {
        Lab lab = LabFolder.create(labs, "04-accounts").lab();

        assertThat(lab.outcomes()).isEmpty();
    }

    @Test
    void stepNumbersComeOnlyFromTheStepConvention() {
        assertThat(new TestOutcome("C", "Step 12: orders", Result.PASSED, "", "").step()).hasValue(12);
        assertThat(new TestOutcome("C", "step 1: lower case", Result.PASSED, "", "").step()).isEmpty();
        assertThat(new TestOutcome("C", "Step 2 no colon", Result.PASSED, "", "").step()).isEmpty();
        assertThat(new TestOutcome("C", "registersUser()", Result.PASSED, "", "").step()).isEmpty();
    }
}
