package io.ddbworkbench.site;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.asciidoctor.Asciidoctor;
import org.asciidoctor.Attributes;
import org.asciidoctor.Options;
import org.asciidoctor.SafeMode;

/**
 * Builds the static site: every page converted by one Asciidoctor instance (one JRuby start for the whole
 * site), diagrams rendered to SVG in-process by PlantUML, the site's own stylesheet, and no reference to
 * anything outside the folder, so it opens from disk on a machine with no network.
 *
 * <p>Usage: {@code SiteBuilder <repository root> <output folder>}. Exits non-zero on any Asciidoctor warning.
 */
public final class SiteBuilder {
    private final Path repoRoot;
    private final Path output;

    SiteBuilder(Path repoRoot, Path output) {
        this.repoRoot = repoRoot.toAbsolutePath().normalize();
        this.output = output.toAbsolutePath().normalize();
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("Usage: SiteBuilder <repository root> <output folder>");
            System.exit(2);
        }
        long started = System.nanoTime();
        SiteBuilder builder = new SiteBuilder(Path.of(args[0]), Path.of(args[1]));
        List<SitePage> pages = builder.pagesInReadingOrder();
        List<String> problems = builder.build(pages);
        PendingIncludes.report(builder.repoRoot, System.out);
        if (!problems.isEmpty()) {
            System.err.println("Site build failed: " + problems.size() + " problem(s)");
            problems.forEach(problem -> System.err.println("  " + problem));
            System.exit(1);
        }
        System.out.printf("Site built: %d pages in %.1f s. Open file://%s/index.html%n", pages.size(),
                (System.nanoTime() - started) / 1e9, builder.output);
    }

    List<SitePage> pagesInReadingOrder() {
        Path demosIndex = new DemoCatalog(repoRoot).writeIndex(output.resolveSibling("site-sources/demos.adoc"));
        return new SiteContents(repoRoot).pages(demosIndex);
    }

    /** Converts every page and returns the problems Asciidoctor reported (empty when the site is sound). */
    List<String> build(List<SitePage> pages) throws IOException {
        deleteRecursively(output);
        Files.createDirectories(output.resolve("css"));
        copyResource("site.css", output.resolve("css/site.css"));
        PageChrome chrome = new PageChrome(pages);
        BuildLog log = new BuildLog();
        try (Asciidoctor asciidoctor = Asciidoctor.Factory.create()) {
            asciidoctor.registerLogHandler(log);
            asciidoctor.requireLibrary("asciidoctor-diagram");
            for (SitePage page : pages) {
                log.converting(page);
                String html;
                try {
                    html = asciidoctor.convertFile(page.source().toFile(), options(page), String.class);
                } catch (RuntimeException failed) {
                    log.failed(page, rootMessage(failed));
                    continue;
                }
                Path target = output.resolve(page.outputPath());
                Files.createDirectories(target.getParent());
                Files.writeString(target, chrome.dress(page, html));
            }
        }
        return log.problems();
    }

    private Options options(SitePage page) {
        String root = page.siteRoot();
        Attributes attributes = Attributes.builder()
                .attribute("repo-root", repoRoot.toString())
                .attribute("site-root", root)
                .attribute("imagesdir", root + "/diagrams")
                .attribute("imagesoutdir", output.resolve("diagrams").toString())
                .attribute("diagramsdir", repoRoot.resolve("diagrams").toString())
                .attribute("diagram-cachedir", output.resolveSibling("diagram-cache").toString())
                .attribute("plantuml-format", "svg")
                .attribute("plantuml-config", repoRoot.resolve("diagrams/plantuml.config").toString())
                .attribute("linkcss", "")
                .attribute("stylesdir", root + "/css")
                .attribute("stylesheet", "site.css")
                .attribute("copycss!", "")
                .attribute("webfonts!", "")
                .attribute("source-highlighter", "rouge")
                .attribute("rouge-css", "style")
                .attribute("rouge-style", "github")
                .attribute("toc", "left@")
                .attribute("toclevels", "2")
                .attribute("sectanchors", "")
                .attribute("idprefix", "")
                .attribute("idseparator", "-")
                .attribute("attribute-missing", "warn")
                .attribute("nofooter!", "")
                .attribute("last-update-label!", "")
                .build();
        return Options.builder()
                .safe(SafeMode.UNSAFE)
                .standalone(true)
                .toFile(false)
                .attributes(attributes)
                .build();
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getMessage();
    }

    private static void copyResource(String name, Path target) throws IOException {
        try (InputStream in = SiteBuilder.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + name);
            }
            Files.copy(in, target);
        }
    }

    private static void deleteRecursively(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.delete(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
