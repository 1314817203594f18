package io.ddbworkbench.site.browser;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Sorts the links the browser found into sound and broken: a link that leads nowhere, including a missing
 * anchor on an existing page, is broken wherever it points.
 */
final class LinkCheck {

    /** A link that leads nowhere: the page it is on, where it points (relative to the site root), and why. */
    record Finding(Path page, String target, String reason) {
        @Override
        public String toString() {
            return page.getFileName() + " -> " + target + ": " + reason;
        }
    }

    record Result(List<Finding> broken, int external) {
    }

    private final Path siteRoot;
    private final Map<Path, Set<String>> anchorsByPage;

    /** {@code anchorsByPage}: the ids of every page the browser loaded, keyed by absolute path. */
    LinkCheck(Path siteRoot, Map<Path, Set<String>> anchorsByPage) {
        this.siteRoot = siteRoot.toAbsolutePath().normalize();
        this.anchorsByPage = anchorsByPage;
    }

    Result check(Map<Path, List<String>> linksByPage) {
        List<Finding> broken = new ArrayList<>();
        int external = 0;
        for (var entry : linksByPage.entrySet()) {
            for (String link : entry.getValue()) {
                URI uri = URI.create(link);
                String scheme = uri.getScheme() == null ? "" : uri.getScheme();
                if (List.of("http", "https", "mailto").contains(scheme)) {
                    external++;
                    continue;
                }
                if (!scheme.equals("file")) {
                    broken.add(new Finding(entry.getKey(), link, "not a file in the site"));
                    continue;
                }
                Path target = Path.of(uri.getPath()).normalize();
                String problem = problem(target, uri.getFragment());
                if (problem != null) {
                    String shown = (target.startsWith(siteRoot) ? siteRoot.relativize(target).toString() : link)
                            + (uri.getFragment() == null ? "" : "#" + uri.getFragment());
                    broken.add(new Finding(entry.getKey(), shown, problem));
                }
            }
        }
        return new Result(broken, external);
    }

    /** Why a link into the file system leads nowhere, or null when it is sound. */
    private String problem(Path target, String fragment) {
        if (!target.startsWith(siteRoot)) {
            return "leaves the site folder";
        }
        if (Files.isDirectory(target)) {
            return "points at a folder, which a browser shows as a file listing when opened from disk";
        }
        if (!Files.isRegularFile(target)) {
            return "no such page";
        }
        Set<String> anchors = anchorsByPage.get(target);
        if (fragment != null && !fragment.isEmpty() && anchors != null && !anchors.contains(fragment)) {
            return "no anchor #" + fragment + " on that page";
        }
        return null;
    }
}
