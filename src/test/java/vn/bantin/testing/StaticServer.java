package vn.bantin.testing;

import vn.bantin.serve.ContentTypes;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A baked output folder served over HTTP on 127.0.0.1 (a free port), as a plain static host
 * would: at the root or under a sub-path such as {@code /ban-tin/}, {@code index.html} for folder
 * URLs, a redirect from {@code /folder} to {@code /folder/}, real content types, and the site's
 * {@code 404.html} with status 404 for anything missing. Every request answered 404 is remembered,
 * so a test can tell that a page asked for a stylesheet or image that is not there.
 */
public final class StaticServer implements AutoCloseable {
    private static final String FEED_FILE = "feed.xml";

    private final Path root;
    private final String basePath;
    private final HttpServer server;
    private final ExecutorService threads;
    private final List<String> notFound = new ArrayList<>();

    private StaticServer(Path root, String basePath) throws IOException {
        this.root = root.toAbsolutePath().normalize();
        this.basePath = basePath;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        this.threads = Executors.newFixedThreadPool(4, task -> {
            Thread thread = new Thread(task, "static-server");
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(threads);
        server.createContext(basePath, this::serve);
        if (!basePath.equals("/")) {
            server.createContext("/", exchange -> notFound(exchange, exchange.getRequestURI().getRawPath()));
        }
        server.start();
    }

    /**
     * Serves {@code folder} under {@code basePath} ({@code "/"} or e.g. {@code "/ban-tin/"}) until
     * closed; anything outside the base path is a 404.
     */
    public static StaticServer serve(Path folder, String basePath) {
        if (!basePath.startsWith("/") || !basePath.endsWith("/")) {
            throw new IllegalArgumentException("base path must start and end with '/': " + basePath);
        }
        try {
            return new StaticServer(folder, basePath);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The absolute URL of a path relative to the base path, e.g. {@code url("tin-tuc/")}. */
    public String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + basePath + path;
    }

    /** Every request path answered with 404 so far, in order. */
    public synchronized List<String> notFound() {
        return List.copyOf(notFound);
    }

    /** Forgets the 404s seen so far. */
    public synchronized void clearNotFound() {
        notFound.clear();
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }

    private void serve(HttpExchange exchange) throws IOException {
        try (exchange) {
            String rawPath = exchange.getRequestURI().getRawPath();
            String method = exchange.getRequestMethod();
            if (!method.equals("GET") && !method.equals("HEAD")) {
                exchange.getResponseHeaders().set("Allow", "GET, HEAD");
                exchange.sendResponseHeaders(405, -1);
                return;
            }
            String relative = URLDecoder.decode(rawPath.substring(basePath.length()).replace("+", "%2B"), StandardCharsets.UTF_8);
            Path file = root.resolve(relative).normalize();
            if (!file.startsWith(root)) {
                notFound(exchange, rawPath);
                return;
            }
            if (Files.isDirectory(file)) {
                if (!rawPath.endsWith("/")) {
                    exchange.getResponseHeaders().set("Location", rawPath + "/");
                    exchange.sendResponseHeaders(301, -1);
                    return;
                }
                file = file.resolve("index.html");
            }
            if (!Files.isRegularFile(file)) {
                notFound(exchange, rawPath);
                return;
            }
            send(exchange, 200, file);
        }
    }

    private void notFound(HttpExchange exchange, String rawPath) throws IOException {
        try (exchange) {
            synchronized (this) {
                notFound.add(rawPath);
            }
            Path page = root.resolve("404.html");
            if (Files.isRegularFile(page)) {
                send(exchange, 404, page);
            } else {
                exchange.sendResponseHeaders(404, -1);
            }
        }
    }

    private static void send(HttpExchange exchange, int status, Path file) throws IOException {
        byte[] body = Files.readAllBytes(file);
        exchange.getResponseHeaders().set("Content-Type", contentType(file));
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        if (exchange.getRequestMethod().equals("HEAD")) {
            exchange.sendResponseHeaders(status, -1);
            return;
        }
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private static String contentType(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.equals(FEED_FILE)) {
            return "application/rss+xml";
        }
        return ContentTypes.of(name);
    }
}
