package io.ddbworkbench.site.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LinkCheckTest {
    @TempDir
    Path site;
    private Path chapter;
    private Path demos;

    @BeforeEach
    void buildTinySite() throws IOException {
        chapter = Files.writeString(site.resolve("01-intro.html"), "<html></html>");
        Files.createDirectories(site.resolve("demos"));
        demos = Files.writeString(site.resolve("demos/index.html"), "<html></html>");
    }

    private LinkCheck.Result check(String... links) {
        Map<Path, Set<String>> anchors = Map.of(chapter, Set.of("keys"), demos, Set.of("CrudDemo"));
        return new LinkCheck(site, anchors).check(Map.of(chapter, List.of(links)));
    }

    private String url(String sitePath) {
        return site.resolve(sitePath).toUri().toString();
    }

    @Test
    void linksToExistingPagesAndAnchorsAreSound() {
        LinkCheck.Result result = check(url("01-intro.html") + "#keys", url("demos/index.html") + "#CrudDemo",
                "https://docs.aws.amazon.com/amazondynamodb/");

        assertThat(result.broken()).isEmpty();
        assertThat(result.external()).isEqualTo(1);
    }

    @Test
    void missingGuidePageOrAnchorIsBroken() {
        LinkCheck.Result result = check(url("02-missing.html"), url("01-intro.html") + "#nowhere");

        assertThat(result.broken()).extracting(LinkCheck.Finding::target)
                .containsExactly("02-missing.html", "01-intro.html#nowhere");
    }

    @Test
    void missingLabPageOrDemoAnchorIsBroken() {
        LinkCheck.Result result = check(url("labs/11-missing/index.html"), url("demos/index.html") + "#NoSuchDemo");

        assertThat(result.broken()).extracting(LinkCheck.Finding::target)
                .containsExactly("labs/11-missing/index.html", "demos/index.html#NoSuchDemo");
    }

    @Test
    void linksLeavingTheSiteOrToFoldersAreBroken() {
        LinkCheck.Result result = check(site.getParent().resolve("elsewhere.html").toUri().toString(),
                url("demos"));

        assertThat(result.broken()).extracting(LinkCheck.Finding::reason)
                .containsExactly("leaves the site folder",
                        "points at a folder, which a browser shows as a file listing when opened from disk");
    }
}
