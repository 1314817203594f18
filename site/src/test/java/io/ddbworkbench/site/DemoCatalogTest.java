package io.ddbworkbench.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoCatalogTest {
    @TempDir
    Path repo;

    @Test
    void describesEachDemoFromItsClassJavadoc() throws IOException {
        Files.createDirectories(repo.resolve("demos"));
        Files.writeString(repo.resolve("demos/QueryDemo.java"), """
                ///usr/bin/env jbang "$0" "$@" ; exit $?
                //DEPS io.ddbworkbench:toolkit:0.1.0-SNAPSHOT
                /**
                 * Queries one {@code Orders} partition, newest first.
                 * <p>Shows the key condition.
                 *
                 * @see QueryTest
                 */
                public class QueryDemo {}
                """);

        Path index = new DemoCatalog(repo).writeIndex(repo.resolve("out/demos.adoc"));

        assertThat(new DemoCatalog(repo).demos()).singleElement().satisfies(demo -> {
            assertThat(demo.name()).isEqualTo("QueryDemo");
            assertThat(demo.description()).isEqualTo("Queries one `Orders` partition, newest first.\nShows the key condition.");
        });
        assertThat(Files.readString(index)).contains("[#QueryDemo]", "== QueryDemo", "./jbang demos/QueryDemo.java",
                "include::" + repo.resolve("demos/QueryDemo.java").toAbsolutePath() + "[]");
    }

    @Test
    void withoutDemosTheIndexSaysSo() throws IOException {
        Path index = new DemoCatalog(repo).writeIndex(repo.resolve("out/demos.adoc"));

        assertThat(Files.readString(index)).contains("No demos have been written yet");
    }
}
