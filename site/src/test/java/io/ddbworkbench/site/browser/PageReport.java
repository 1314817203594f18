package io.ddbworkbench.site.browser;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** What the browser saw on one page at one viewport width. */
record PageReport(
        URI page,
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

    /** The file name of a page from disk; the path and fragment of a served page. */
    String name() {
        if ("file".equals(page.getScheme())) {
            return Path.of(page).getFileName().toString();
        }
        return page.getRawPath() + (page.getRawFragment() == null ? "" : "#" + page.getRawFragment());
    }

    /** What a reader would trip over here, each saying where. */
    List<String> problems() {
        List<String> problems = new ArrayList<>();
        String where = name() + " at " + viewportWidth + " px: ";
        if (widerThanViewport()) {
            problems.add(where + "page is " + scrollWidth + " px wide; too wide: " + overflowingElements);
        }
        consoleErrors.forEach(error -> problems.add(where + "console error " + error));
        requestsOutsideSite.forEach(url -> problems.add(where + "needs the network for " + url));
        failedLoads.forEach(load -> problems.add(where + "failed to load " + load));
        brokenImages.forEach(image -> problems.add(where + "image does not show " + image));
        imagesWithoutAlt.forEach(image -> problems.add(where + "image without alt text " + image));
        return problems;
    }
}
