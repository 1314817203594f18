package io.ddbworkbench.site.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Opens every page of the built site from disk in headless Chromium, at a phone's width (390 px) and a
 * laptop's (1280 px), and fails on what a reader would trip over: a broken link, a missing image or diagram,
 * a console error, a request that needs the network, or a page wider than the phone's screen. Screenshots of
 * every page land in {@code site/target/screenshots/}.
 *
 * <p>Without Chromium the check is skipped on a developer's machine, but fails in CI (environment
 * {@code CI=true}) or with {@code -Dsite.browser.required=true}, so CI can never pass without looking.
 */
class SiteInBrowserTest {
    private static final int PHONE_WIDTH = 390;
    private static final int LAPTOP_WIDTH = 1280;

    private final Path site = Path.of(System.getProperty("site.output", "target/site")).toAbsolutePath().normalize();
    private final Path screenshots = Path.of(System.getProperty("site.screenshots", "target/screenshots"));

    @Test
    void everyPageLoadsFromDiskWithoutErrorsAndFitsAPhone() throws IOException {
        Path browser = Chromium.locateOrSkip();
        List<Path> pages = htmlPages();
        assertThat(pages).as("pages built in %s", site).contains(site.resolve("index.html"));

        List<String> failures = new ArrayList<>();
        Map<Path, Set<String>> anchors = new LinkedHashMap<>();
        Map<Path, List<String>> links = new LinkedHashMap<>();
        try (Chromium chromium = Chromium.start(browser);
                PageInspector phone = new PageInspector(chromium.devTools(), PHONE_WIDTH, 844);
                PageInspector laptop = new PageInspector(chromium.devTools(), LAPTOP_WIDTH, 800)) {
            for (Path page : pages) {
                String name = site.relativize(page).toString().replace('/', '_').replaceFirst("\\.html$", ".png");
                PageReport onPhone = inspect(phone, page, screenshots.resolve("phone").resolve(name));
                PageReport onLaptop = inspect(laptop, page, screenshots.resolve("laptop").resolve(name));
                failures.addAll(onPhone.problems());
                failures.addAll(onLaptop.problems());
                anchors.put(page, onPhone.ids());
                links.put(page, onPhone.links());
            }
        }
        LinkCheck.Result linkResult = new LinkCheck(site, anchors).check(links);
        linkResult.broken().forEach(finding -> failures.add("broken link " + finding));

        System.out.printf("Site check: %d pages at %d px and %d px, %d external links (not followed), "
                + "screenshots in %s%n", pages.size(), PHONE_WIDTH, LAPTOP_WIDTH, linkResult.external(),
                screenshots.toAbsolutePath());
        assertThat(failures).as("problems a reader would meet").isEmpty();
    }

    private static PageReport inspect(PageInspector inspector, Path page, Path screenshot) throws IOException {
        try {
            return inspector.inspect(page, screenshot);
        } catch (IllegalStateException browserTrouble) {
            throw new IllegalStateException("While checking " + page + ": " + browserTrouble.getMessage(),
                    browserTrouble);
        }
    }

    private List<Path> htmlPages() throws IOException {
        try (Stream<Path> files = Files.walk(site)) {
            return files.filter(file -> file.toString().endsWith(".html")).sorted().toList();
        }
    }
}
