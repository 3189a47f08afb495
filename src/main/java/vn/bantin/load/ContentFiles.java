package vn.bantin.load;

import vn.bantin.problem.Problems;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.FileVisitResult;
import java.nio.file.FileVisitor;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Lists the files of {@code content/}: hidden files and folders (a name starting with a dot) and
 * folders holding JBake's ignore file are skipped, every folder that cannot be read is reported,
 * and the walk ends on every tree, whatever links it holds.
 *
 * <p>Symbolic links are followed only to a file inside the site folder, which is then published
 * at the link's place. A link to a file elsewhere is an error: it would publish a file of the
 * machine that bakes (a key, a password file) that no author put in the site. A link to a folder
 * is an error too: following folder links is how a walk loops forever ({@code loop -> ..}), and
 * a link silently left out would make its articles vanish without a word.
 */
final class ContentFiles {
    private final Path contentFolder;
    private final Path siteFolder;
    private final String ignoreFile;
    private final Problems problems;

    /**
     * @param contentFolder the content folder as configured, absolute
     * @param siteFolder    the site folder, absolute; messages name files relative to it
     */
    ContentFiles(Path contentFolder, Path siteFolder, String ignoreFile, Problems problems) {
        this.contentFolder = contentFolder;
        this.siteFolder = siteFolder;
        this.ignoreFile = ignoreFile;
        this.problems = problems;
    }

    /** The files to load, as paths under the configured content folder, sorted. */
    List<Path> list() {
        Path realContent;
        Path realSite;
        try {
            // The content folder itself may be a link (an operator's choice): walk where it leads.
            realContent = contentFolder.toRealPath();
            realSite = siteFolder.toRealPath();
        } catch (IOException e) {
            problems.error(relative(contentFolder), 0, "cannot read the content folder: " + SourceText.describe(e),
                    "check that it exists and is readable");
            return List.of();
        }
        List<Path> files = new ArrayList<>();
        Walker walker = new Walker(realContent, realSite, files);
        try {
            Files.walkFileTree(realContent, walker);
        } catch (IOException e) {
            problems.error(relative(contentFolder), 0, "cannot list the content folder: " + SourceText.describe(e),
                    "check for unreadable folders");
        }
        files.sort(Comparator.naturalOrder());
        return files;
    }

    private final class Walker implements FileVisitor<Path> {
        private final Path realContent;
        private final Path realSite;
        private final List<Path> files;

        Walker(Path realContent, Path realSite, List<Path> files) {
            this.realContent = realContent;
            this.realSite = realSite;
            this.files = files;
        }

        /** Where a walked path is under the configured content folder, which messages and URLs start from. */
        private Path shown(Path walked) {
            return contentFolder.resolve(realContent.relativize(walked).toString());
        }

        @Override
        public FileVisitResult preVisitDirectory(Path folder, BasicFileAttributes attributes) {
            boolean hidden = !folder.equals(realContent) && isHidden(folder);
            return hidden || Files.exists(folder.resolve(ignoreFile)) ? FileVisitResult.SKIP_SUBTREE
                    : FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
            if (isHidden(file)) {
                return FileVisitResult.CONTINUE;
            }
            Path shown = shown(file);
            if (attributes.isSymbolicLink()) {
                followLink(file, shown);
            } else if (attributes.isRegularFile()) {
                files.add(shown);
            } else {
                notAFile(shown);
            }
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException e) {
            problems.error(relative(shown(file)), 0, "cannot read it: " + SourceText.describe(e),
                    "check that it is readable, or remove it");
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult postVisitDirectory(Path folder, IOException e) {
            if (e != null) {
                problems.error(relative(shown(folder)), 0, "cannot list the folder: " + SourceText.describe(e),
                        "check that it is readable");
            }
            return FileVisitResult.CONTINUE;
        }

        private void followLink(Path link, Path shown) {
            Path target;
            try {
                target = link.toRealPath();
            } catch (NoSuchFileException e) {
                problems.error(relative(shown), 0, "it is a link to something that does not exist",
                        "correct the link, or remove it");
                return;
            } catch (FileSystemException e) {
                problems.error(relative(shown), 0, "it is a link that cannot be followed (it may lead back to itself)",
                        "replace the link with the file itself, or remove it");
                return;
            } catch (IOException e) {
                problems.error(relative(shown), 0, "it is a link that cannot be followed: " + SourceText.describe(e),
                        "replace the link with the file itself, or remove it");
                return;
            }
            if (Files.isDirectory(target)) {
                problems.error(relative(shown), 0, "it is a link to a folder, and bantin does not follow links to folders",
                        "put the folder itself here instead of the link, or remove the link");
            } else if (!target.startsWith(realSite) && !target.startsWith(realContent)) {
                problems.error(relative(shown), 0, "it is a link to a file outside the site folder",
                        "copy the file into the site instead: bantin publishes no file from elsewhere on this computer");
            } else if (!Files.isRegularFile(target)) {
                notAFile(shown);
            } else {
                files.add(shown);
            }
        }

        private void notAFile(Path shown) {
            problems.warning(relative(shown), 0, "it is not a regular file (a pipe, device or socket) and is left out",
                    "remove it from the content folder");
        }
    }

    private static boolean isHidden(Path path) {
        Path name = path.getFileName();
        return name != null && name.toString().startsWith(".");
    }

    private String relative(Path path) {
        return siteFolder.relativize(path.toAbsolutePath().normalize()).toString().replace('\\', '/');
    }
}
