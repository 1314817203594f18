package io.ddbworkbench.labkit;

import io.ddbworkbench.labkit.TestOutcome.Result;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Reads the {@code TEST-*.xml} files Surefire writes, in the order the tests ran. Surefire never empties its
 * reports folder, so a report whose test class no longer exists among the compiled tests is a leftover of a
 * renamed or deleted class and is ignored.
 */
final class SurefireReports {
    private SurefireReports() {
    }

    /** The outcomes of every current test class, or none when the reports folder does not exist. */
    static List<TestOutcome> read(Path reportsDir, Path testClassesDir) {
        List<TestOutcome> outcomes = new ArrayList<>();
        for (Path report : reportFiles(reportsDir)) {
            Element suite = parse(report).getDocumentElement();
            String suiteClass = suite.getAttribute("name");
            if (compiled(testClassesDir, suiteClass)) {
                outcomes.addAll(testCases(suite, suiteClass));
            }
        }
        return outcomes;
    }

    private static List<Path> reportFiles(Path reportsDir) {
        if (!Files.isDirectory(reportsDir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(reportsDir)) {
            return files.filter(file -> {
                String name = file.getFileName().toString();
                return name.startsWith("TEST-") && name.endsWith(".xml");
            }).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean compiled(Path testClassesDir, String className) {
        return Files.isRegularFile(testClassesDir.resolve(className.replace('.', '/') + ".class"));
    }

    /** The suite's name is the test class; a test case's classname may be the class's display name. */
    private static List<TestOutcome> testCases(Element suite, String testClass) {
        List<TestOutcome> outcomes = new ArrayList<>();
        NodeList cases = suite.getElementsByTagName("testcase");
        for (int i = 0; i < cases.getLength(); i++) {
            Element testCase = (Element) cases.item(i);
            outcomes.add(outcome(testCase, testClass));
        }
        return outcomes;
    }

    private static TestOutcome outcome(Element testCase, String testClass) {
        String name = testCase.getAttribute("name");
        Element skipped = child(testCase, "skipped");
        if (skipped != null) {
            return new TestOutcome(testClass, name, Result.SKIPPED, skipped.getAttribute("message").strip(), "");
        }
        Element problem = child(testCase, "failure");
        if (problem == null) {
            problem = child(testCase, "error");
        }
        if (problem == null) {
            return new TestOutcome(testClass, name, Result.PASSED, "", "");
        }
        String message = problem.getAttribute("message");
        String shown = message.isBlank() ? problem.getAttribute("type") : message;
        String stackTrace = problem.getTextContent();
        String location = location(stackTrace, testClass);
        if (shown.contains(NotDoneYet.MARKER) || stackTrace.contains(NotDoneYet.MARKER)) {
            String step = shown.contains(NotDoneYet.MARKER) ? shown : stackTrace;
            return new TestOutcome(testClass, name, Result.NOT_DONE, firstLine(fromMarker(step)), location);
        }
        return new TestOutcome(testClass, name, Result.FAILED, withoutStackFrames(shown), location);
    }

    /** Where a NotDoneYet was wrapped (a thread pool, an AssertJ message), the words that name the step. */
    private static String fromMarker(String text) {
        return text.substring(text.indexOf(NotDoneYet.MARKER));
    }

    private static Element child(Element parent, String tag) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && element.getTagName().equals(tag)) {
                return element;
            }
        }
        return null;
    }

    /** The test's own frame, {@code AccountsTest.java:174}: where a learner looks first. */
    private static String location(String stackTrace, String testClass) {
        String simpleName = testClass.substring(testClass.lastIndexOf('.') + 1);
        Matcher frame = Pattern.compile("\\(" + Pattern.quote(simpleName) + "\\.java:\\d+\\)").matcher(stackTrace);
        return frame.find() ? frame.group().substring(1, frame.group().length() - 1) : "";
    }

    /** An assertion message may quote a whole throwable; its frames are noise in a summary. */
    private static String withoutStackFrames(String message) {
        return message.lines()
                .filter(line -> !line.strip().startsWith("at ") && !line.strip().startsWith("...("))
                .collect(Collectors.joining("\n"))
                .strip();
    }

    private static String firstLine(String text) {
        String stripped = text.strip();
        int end = stripped.indexOf('\n');
        return (end < 0 ? stripped : stripped.substring(0, end)).strip();
    }

    private static Document parse(Path report) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            DocumentBuilder builder = factory.newDocumentBuilder();
            return builder.parse(report.toFile());
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("Cannot read the test report " + report + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
