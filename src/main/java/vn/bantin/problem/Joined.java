package vn.bantin.problem;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/** Work a stage does on another thread, joined so that what it threw is thrown as it was. */
public final class Joined {
    private Joined() {
    }

    /**
     * The result of {@code work}; a {@link RuntimeException} (a {@link BakeFailure} among them) or
     * an {@link Error} it threw is thrown here unwrapped, so the bake reports it as its own.
     */
    public static <T> T result(CompletableFuture<T> work) {
        try {
            return work.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }
}
