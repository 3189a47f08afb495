package vn.bantin.finish;

import vn.bantin.problem.Problem;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Checks the links that leave the site, only when asked ({@code bantin check --external}): other
 * sites are slow or down at times, so a dead one is reported as a warning and never stops a bake.
 */
public final class ExternalLinkChecker {
    private static final int AT_ONCE = 8;

    private final Duration timeout;

    public ExternalLinkChecker(Duration timeout) {
        this.timeout = timeout;
    }

    /** One warning per link that does not answer with a success or a redirect, naming where it is used. */
    public List<Problem> check(Map<String, Set<String>> links) throws InterruptedException {
        HttpClient client = HttpClient.newBuilder()
                .connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
        ExecutorService pool = Executors.newFixedThreadPool(AT_ONCE);
        try {
            List<Future<String>> answers = new ArrayList<>();
            List<String> urls = new ArrayList<>(links.keySet());
            for (String url : urls) {
                answers.add(pool.submit(() -> failure(client, url)));
            }
            List<Problem> warnings = new ArrayList<>();
            for (int i = 0; i < urls.size(); i++) {
                String cause = get(answers.get(i));
                if (cause != null) {
                    Set<String> usedIn = links.get(urls.get(i));
                    String where = usedIn.iterator().next();
                    String others = usedIn.size() > 1 ? " (also on " + (usedIn.size() - 1) + " other page(s))" : "";
                    warnings.add(Problem.warning(where, 0, "external link " + urls.get(i) + " " + cause + others,
                            "check the address in a browser; update or remove the link if the page has moved"));
                }
            }
            return warnings;
        } finally {
            pool.shutdownNow();
        }
    }

    /** Why the link fails, or null when it works. HEAD first; servers that refuse HEAD get a GET. */
    private String failure(HttpClient client, String url) {
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            return "is not a valid address";
        }
        try {
            int status = send(client, uri, "HEAD");
            if (status == 405 || status == 501 || status == 403) {
                status = send(client, uri, "GET");
            }
            return status < 400 ? null : "answers HTTP " + status;
        } catch (HttpTimeoutException e) {
            return "did not answer within " + timeout.toSeconds() + " s";
        } catch (IOException e) {
            return "cannot be reached (" + e.getClass().getSimpleName().replace("Exception", "").toLowerCase()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "was not checked (interrupted)";
        }
    }

    private int send(HttpClient client, URI uri, String method) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(timeout)
                .method(method, HttpRequest.BodyPublishers.noBody())
                .header("User-Agent", "bantin link check")
                .build();
        return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static String get(Future<String> answer) throws InterruptedException {
        try {
            return answer.get();
        } catch (java.util.concurrent.ExecutionException e) {
            return "could not be checked: " + e.getCause().getMessage();
        }
    }
}
