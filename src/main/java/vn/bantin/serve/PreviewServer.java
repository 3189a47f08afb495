package vn.bantin.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import vn.bantin.serve.PreviewState.BakedSite;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The preview's HTTP server, on 127.0.0.1 only: serves the current {@link PreviewState} from
 * memory as a static host would (folder addresses, {@code /folder} redirected to
 * {@code /folder/}, the site's 404 page), plus the preview's own files under
 * {@link PreviewPages#DEV_PATH}. Nothing is cached by the browser.
 */
final class PreviewServer implements AutoCloseable {
    /** Only the preview's own files, read once from bantin's jar. */
    private static final Map<String, byte[]> DEV_FILES = Map.of(
            PreviewPages.RELOAD_SCRIPT, resource("reload.js"),
            PreviewPages.STYLESHEET, resource("preview.css"));

    private final HttpServer server;
    private final ExecutorService threads;
    private volatile PreviewState state;

    private PreviewServer(HttpServer server, ExecutorService threads, PreviewState state) {
        this.server = server;
        this.threads = threads;
        this.state = state;
    }

    /**
     * Starts serving {@code state} on 127.0.0.1:{@code port} (0 for any free port).
     *
     * @throws IOException when the port cannot be had (in use, or not allowed)
     */
    static PreviewServer start(int port, PreviewState state) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), port), 0);
        ExecutorService threads = Executors.newFixedThreadPool(8, task -> {
            Thread thread = new Thread(task, "bantin-serve-http");
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(threads);
        PreviewServer preview = new PreviewServer(server, threads, state);
        server.createContext("/", preview::handle);
        server.start();
        return preview;
    }

    /** Serves {@code next} from the next request on. */
    void show(PreviewState next) {
        this.state = Objects.requireNonNull(next, "next");
    }

    int port() {
        return server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String method = exchange.getRequestMethod();
            if (!method.equals("GET") && !method.equals("HEAD")) {
                exchange.getResponseHeaders().set("Allow", "GET, HEAD");
                exchange.sendResponseHeaders(405, -1);
                return;
            }
            PreviewState current = state;
            String path = exchange.getRequestURI().getPath();
            if (path.equals(PreviewPages.BUILD)) {
                send(exchange, 200, "text/plain; charset=utf-8", current.buildId().getBytes(StandardCharsets.UTF_8));
            } else if (DEV_FILES.containsKey(path)) {
                send(exchange, 200, type(path), DEV_FILES.get(path));
            } else if (current.site() == null) {
                send(exchange, 500, ContentTypes.of("index.html"), PreviewPages.errorPage(current.buildId(), current.problems()));
            } else {
                serveSite(exchange, current, path);
            }
        }
    }

    private void serveSite(HttpExchange exchange, PreviewState current, String path) throws IOException {
        BakedSite site = current.site();
        if (!path.startsWith(site.basePath())) {
            if ((path + "/").equals(site.basePath()) || path.equals("/")) {
                redirect(exchange, site.basePath());
            } else {
                notFound(exchange, current);
            }
            return;
        }
        String file = path.substring(site.basePath().length());
        if (file.isEmpty() || file.endsWith("/")) {
            file += site.indexFile();
        } else if (!site.has(file) && site.has(file + "/" + site.indexFile())) {
            String query = exchange.getRequestURI().getRawQuery();
            redirect(exchange, exchange.getRequestURI().getRawPath() + "/" + (query == null ? "" : "?" + query));
            return;
        }
        if (!serveFile(exchange, current, file, 200)) {
            notFound(exchange, current);
        }
    }

    private void notFound(HttpExchange exchange, PreviewState current) throws IOException {
        String page = current.site().notFoundFile();
        if (page == null || !serveFile(exchange, current, page, 404)) {
            send(exchange, 404, ContentTypes.of("404.txt"), "404 – không có trang này\n".getBytes(StandardCharsets.UTF_8));
        }
    }

    /** Sends one file of the site; false when the site has no such file. */
    private boolean serveFile(HttpExchange exchange, PreviewState current, String file, int status) throws IOException {
        BakedSite site = current.site();
        byte[] bytes = site.files().get(file);
        if (bytes == null && site.copies().containsKey(file)) {
            try {
                bytes = Files.readAllBytes(site.copies().get(file));
            } catch (NoSuchFileException e) {
                return false; // deleted since the bake: the rebake under way will agree
            }
        }
        if (bytes == null) {
            return false;
        }
        String type = type(file);
        if (type.startsWith("text/html")) {
            bytes = PreviewPages.inject(bytes, current.buildId(), current.problems());
        }
        send(exchange, status, type, bytes);
        return true;
    }

    private static void redirect(HttpExchange exchange, String location) throws IOException {
        exchange.getResponseHeaders().set("Location", location);
        exchange.sendResponseHeaders(302, -1);
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        if (exchange.getRequestMethod().equals("HEAD") || body.length == 0) {
            exchange.sendResponseHeaders(status, -1);
            return;
        }
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private static String type(String path) {
        return ContentTypes.of(path);
    }

    private static byte[] resource(String name) {
        try (InputStream in = PreviewServer.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("bantin is missing its file " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
