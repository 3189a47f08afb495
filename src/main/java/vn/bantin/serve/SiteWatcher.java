package vn.bantin.serve;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Watches a site's source folders (recursively) and its configuration file, and reports changes
 * in batches: a batch ends once nothing more has changed for a short quiet time, so that an
 * editor saving several files, or writing one in steps, causes one rebake and not five.
 * Editors' temporary files (hidden files, {@code ~} backups, swap files) are not changes.
 */
final class SiteWatcher implements AutoCloseable {
    private final WatchService service;
    private final Path siteFolder;
    private final Path configFile;
    private final Duration quiet;
    private final Map<WatchKey, Path> folders = new HashMap<>();
    private volatile List<Path> roots = List.of();

    /**
     * @param configFile the configuration file, watched through its folder (non-recursively)
     * @param quiet      how long nothing must change before a batch is reported
     */
    SiteWatcher(Path configFile, Duration quiet) throws IOException {
        this.service = FileSystems.getDefault().newWatchService();
        this.configFile = configFile.toAbsolutePath().normalize();
        this.siteFolder = this.configFile.getParent();
        this.quiet = quiet;
        register(siteFolder);
    }

    /** Watches these folders and everything under them (those that do not exist yet once created). */
    synchronized void watch(Collection<Path> folders) throws IOException {
        List<Path> normalised = folders.stream().map(f -> f.toAbsolutePath().normalize()).distinct().toList();
        this.folders.entrySet().removeIf(entry -> {
            boolean stale = !entry.getValue().equals(siteFolder) && normalised.stream().noneMatch(entry.getValue()::startsWith);
            if (stale) {
                entry.getKey().cancel();
            }
            return stale;
        });
        roots = normalised;
        for (Path root : normalised) {
            if (root.getParent() != null && !root.getParent().equals(siteFolder) && Files.isDirectory(root.getParent())
                    && !Files.isDirectory(root)) {
                register(root.getParent()); // to see the folder appear
            }
            registerTree(root);
        }
    }

    /**
     * Waits for the next batch of changes and returns the changed files and folders, sorted.
     *
     * @throws ClosedWatchServiceException once {@link #close()} was called
     */
    Set<Path> awaitChanges() throws InterruptedException {
        Set<Path> changed = new TreeSet<>();
        while (changed.isEmpty()) {
            collect(service.take(), changed);
        }
        WatchKey next;
        while ((next = service.poll(quiet.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)) != null) {
            collect(next, changed);
        }
        return changed;
    }

    @Override
    public void close() throws IOException {
        service.close();
    }

    private void collect(WatchKey key, Set<Path> changed) {
        Path folder;
        synchronized (this) {
            folder = folders.get(key);
        }
        for (WatchEvent<?> event : key.pollEvents()) {
            if (folder == null) {
                continue;
            }
            if (event.kind() == StandardWatchEventKinds.OVERFLOW) {
                changed.add(folder);
                continue;
            }
            Path path = folder.resolve((Path) event.context());
            if (!matters(path)) {
                continue;
            }
            changed.add(path);
            if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && Files.isDirectory(path)) {
                try {
                    registerTree(path);
                } catch (IOException e) {
                    // the folder went again; its deletion is the next event
                }
            }
        }
        if (!key.reset()) {
            synchronized (this) {
                folders.remove(key);
            }
        }
    }

    /** Whether a change to this path can change the site. */
    private boolean matters(Path path) {
        if (path.equals(configFile)) {
            return true;
        }
        String name = path.getFileName().toString();
        if (name.startsWith(".") || name.startsWith("#") || name.endsWith("~") || name.endsWith(".swp")
                || name.endsWith(".swx") || name.endsWith(".tmp") || name.equals("4913")) {
            return false;
        }
        return roots.stream().anyMatch(path::startsWith);
    }

    private void registerTree(Path root) throws IOException {
        if (!Files.isDirectory(root)) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) throws IOException {
                if (!dir.equals(root) && dir.getFileName().toString().startsWith(".")) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                register(dir);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException error) {
                return FileVisitResult.CONTINUE;
            }
        });
    }

    private synchronized void register(Path folder) throws IOException {
        WatchKey key = folder.register(service, StandardWatchEventKinds.ENTRY_CREATE,
                StandardWatchEventKinds.ENTRY_DELETE, StandardWatchEventKinds.ENTRY_MODIFY);
        folders.put(key, folder);
    }
}
