package io.ddbworkbench.labkit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LabSummaryTest {
    @Test
    void wrapsALongMessageAtSpacesKeepingTheIndent() {
        String sentence = "the write needs the condition Version = :readVersion, or it overwrites a newer change";
        String message = sentence + "; " + sentence;

        String wrapped = LabSummary.wrap(message, "    ");

        assertThat(wrapped.lines()).hasSize(2)
                .allSatisfy(line -> assertThat(line).startsWith("    ").hasSizeLessThanOrEqualTo(110));
        assertThat(String.join(" ", wrapped.lines().map(String::strip).toList())).isEqualTo(message);
    }

    @Test
    void leavesAShortLineAndAnUnbreakableWordAlone() {
        String path = "x".repeat(150);

        assertThat(LabSummary.wrap("short", "  ")).isEqualTo("  short" + System.lineSeparator());
        assertThat(LabSummary.wrap(path, "  ")).isEqualTo("  " + path + System.lineSeparator());
    }
}
