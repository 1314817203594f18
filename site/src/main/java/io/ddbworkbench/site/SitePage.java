package io.ddbworkbench.site;

import java.nio.file.Path;

/**
 * One page of the site: the AsciiDoc file it is converted from (read in place, so the file's own relative
 * includes and images keep working) and the path of its HTML inside the site folder.
 */
record SitePage(Section section, String title, Path source, String outputPath) {

    /** Where a page belongs in the navigation. */
    enum Section {
        HOME, GUIDE, LAB, DEMOS
    }

    /** The relative path from this page's folder up to the site root: ".", "..", "../..". */
    String siteRoot() {
        long depth = outputPath.chars().filter(c -> c == '/').count();
        if (depth == 0) {
            return ".";
        }
        return String.join("/", java.util.Collections.nCopies((int) depth, ".."));
    }

    /** A link from this page to another page of the site. */
    String linkTo(SitePage target) {
        return siteRoot().equals(".") ? target.outputPath : siteRoot() + "/" + target.outputPath;
    }
}
