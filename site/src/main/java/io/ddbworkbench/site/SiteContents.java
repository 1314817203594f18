package io.ddbworkbench.site;

import io.ddbworkbench.site.SitePage.Section;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Finds the pages that exist today: the guide's home page and numbered chapters, every lab that has a
 * README, the workshop kit if written, and the demos index. Labs and demos arrive over time, so nothing here
 * expects them: the site builds with none and picks each one up as it lands.
 */
final class SiteContents {
    private final Path repoRoot;

    SiteContents(Path repoRoot) {
        this.repoRoot = repoRoot;
    }

    /** Every page in reading order: home, chapters, labs, workshop, demos. */
    List<SitePage> pages(Path demosIndexSource) {
        List<SitePage> pages = new ArrayList<>();
        Path guide = repoRoot.resolve("guide");
        pages.add(page(Section.HOME, guide.resolve("index.adoc"), "index.html"));
        for (Path chapter : numbered(guide, "*.adoc")) {
            pages.add(page(Section.GUIDE, chapter, baseName(chapter) + ".html"));
        }
        Path labs = repoRoot.resolve("labs");
        for (Path lab : numbered(labs, "*")) {
            Path readme = lab.resolve("README.adoc");
            if (Files.isRegularFile(readme)) {
                pages.add(page(Section.LAB, readme, "labs/" + lab.getFileName() + "/index.html"));
            }
        }
        Path workshop = labs.resolve("WORKSHOP.adoc");
        if (Files.isRegularFile(workshop)) {
            pages.add(page(Section.LAB, workshop, "labs/workshop.html"));
        }
        pages.add(page(Section.DEMOS, demosIndexSource, "demos/index.html"));
        return pages;
    }

    private static SitePage page(Section section, Path source, String outputPath) {
        return new SitePage(section, title(source).orElse(baseName(source)), source, outputPath);
    }

    /** Entries named like {@code 04-partitions}, sorted; none when the folder does not exist yet. */
    private static List<Path> numbered(Path folder, String glob) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<Path> found = new ArrayList<>();
        try (var entries = Files.newDirectoryStream(folder, glob)) {
            for (Path entry : entries) {
                if (entry.getFileName().toString().matches("\\d\\d-.+")) {
                    found.add(entry);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        found.sort(null);
        return found;
    }

    /** The document title: the first line that starts with "= ". */
    static Optional<String> title(Path adoc) {
        try (Stream<String> lines = Files.lines(adoc)) {
            return lines.filter(line -> line.startsWith("= ")).findFirst().map(line -> line.substring(2).strip());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String baseName(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? name : name.substring(0, dot);
    }
}
