package vn.bantin.load;

/**
 * The files a previous bake parsed, for an incremental bake: a file whose stamp has not changed
 * is not read or parsed again. Only offered when nothing that changes how files are parsed
 * (configuration, engine) changed since.
 */
@FunctionalInterface
public interface ParsedBefore {
    /** Nothing parsed before: every file is parsed. */
    ParsedBefore NONE = (contentPath, stamp) -> null;

    /** The file as parsed before, when it had this very stamp; null otherwise. */
    ParsedDocument lookup(String contentPath, FileStamp stamp);

    /** The bulk procedure file ({@code path} under {@code data/}) as read before, when it had this very stamp; null otherwise. */
    default ProcedureTable table(String path, FileStamp stamp) {
        return null;
    }
}
