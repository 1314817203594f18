package io.ddbworkbench.site.browser;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/** What the browser saw on one page at one viewport width. */
record PageReport(
        Path page,
        int viewportWidth,
        int scrollWidth,
        List<String> overflowingElements,
        List<String> consoleErrors,
        List<String> requestsOutsideSite,
        List<String> failedLoads,
        List<String> brokenImages,
        List<String> imagesWithoutAlt,
        List<String> links,
        Set<String> ids) {

    boolean widerThanViewport() {
        return scrollWidth > viewportWidth;
    }
}
