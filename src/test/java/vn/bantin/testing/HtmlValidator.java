package vn.bantin.testing;

import nu.validator.validation.SimpleDocumentValidator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The Nu HTML Checker (the engine of validator.w3.org/nu), run in-process on baked pages.
 *
 * <p>It checks against {@code http://s.validator.nu/html5-all.rnc}, the {@code vnu} command
 * line's schema (HTML with SVG, MathML and RDFa, whose {@code property} attribute makes Open
 * Graph's {@code <meta property="og:...">} valid), with the same assertion, table, microdata and
 * normalisation checkers. Only errors (and fatal parse errors) are reported; warnings and info
 * messages are ignored.
 *
 * <p><b>Offline.</b> {@link SimpleDocumentValidator} reads every schema through a
 * {@code LocalCacheEntityResolver} backed by the jar's own {@code nu/validator/localentities/files}
 * and a {@code NullEntityResolver}: a URL missing from that cache is an error, never a download.
 * Pages are parsed as {@code text/html}, whose parser loads nothing external, and language
 * detection (which would only warn) is off.
 *
 * <p><b>Logging.</b> The checker brings log4j 1.2, and its own log set-up would make log4j's root
 * logger print DEBUG to the console for the rest of the test JVM (Freemarker logs through log4j
 * whenever log4j is on the class path). So it is told not to configure log4j at all.
 *
 * <p><b>Not thread-safe.</b> The checker keeps one parser, one validator chain and per-document
 * state (ids seen, source lines), reset at each file, and its constructor sets JVM-wide system
 * properties. Setting it up parses the schemas (about two seconds), so build one and reuse it for
 * every file: {@link #errors(Path)} is {@code synchronized}, so a shared instance is safe but
 * checks one file at a time.
 */
public final class HtmlValidator {
    private static final String SCHEMA = "http://s.validator.nu/html5-all.rnc";

    /** One error of one file, printed as {@code file:line:column: message}. */
    public record Violation(Path file, int line, int column, String message) {
        @Override
        public String toString() {
            return file + ":" + line + ":" + column + ": " + message;
        }
    }

    private final SimpleDocumentValidator checker;
    private final List<Violation> found = new ArrayList<>();
    private Path current;

    /** Sets the checker up once; reuse the instance for every file. */
    public HtmlValidator() {
        // no log4j set-up (see above), no logging of URLs, no language detection
        checker = new SimpleDocumentValidator(false, false, false);
        ErrorHandler collector = new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
                // ignored: only errors fail the gate
            }

            @Override
            public void error(SAXParseException e) {
                found.add(new Violation(current, e.getLineNumber(), e.getColumnNumber(), e.getMessage()));
            }

            @Override
            public void fatalError(SAXParseException e) {
                error(e);
            }
        };
        try {
            checker.setUpMainSchema(SCHEMA, collector);
            checker.setUpValidatorAndParsers(collector, false, false);
        } catch (Exception e) {
            throw new IllegalStateException("cannot set up the Nu HTML Checker with " + SCHEMA, e);
        }
        if (!found.isEmpty()) {
            throw new IllegalStateException("errors in the Nu HTML Checker's own schema: " + found);
        }
    }

    /**
     * Every error of an HTML file read as UTF-8, in document order; empty when the file is valid.
     * Each error names {@code file} as given.
     */
    public synchronized List<Violation> errors(Path file) {
        found.clear();
        current = file;
        // Our own stream, closed here: SimpleDocumentValidator.checkHtmlFile never closes its own.
        try (InputStream in = Files.newInputStream(file)) {
            InputSource source = new InputSource(in);
            source.setSystemId(file.toUri().toString());
            checker.checkHtmlInputSource(source); // sets UTF-8, like a page served with charset=utf-8
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SAXException e) {
            throw new IllegalStateException("the Nu HTML Checker failed on " + file, e);
        }
        List<Violation> errors = List.copyOf(found);
        found.clear();
        return errors;
    }
}
