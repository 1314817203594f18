package io.ddbworkbench.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PendingIncludesTest {
    @TempDir
    Path repo;

    @Test
    void aPendingIncludeIsReadyOnceItsSourceHasTheTag() throws IOException {
        Files.createDirectories(repo.resolve("guide"));
        Files.createDirectories(repo.resolve("toolkit"));
        Files.writeString(repo.resolve("guide/08-writes.adoc"), """
                = Writes

                // PENDING include::{repo-root}/toolkit/Items.java[tag=counter]
                // PENDING include::{repo-root}/toolkit/Items.java[tag=optimistic-lock,indent=0]
                // PENDING include::{repo-root}/toolkit/Missing.java[tag=counter]
                """);
        Files.writeString(repo.resolve("toolkit/Items.java"), "// tag::counter[]\nclass Items {}\n// end::counter[]\n");

        assertThat(PendingIncludes.find(repo)).extracting(PendingIncludes.Pending::where, PendingIncludes.Pending::ready)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("08-writes.adoc:3", true),
                        org.assertj.core.groups.Tuple.tuple("08-writes.adoc:4", false),
                        org.assertj.core.groups.Tuple.tuple("08-writes.adoc:5", false));
    }
}
