package vn.bantin.finish;

/** A run of bytes replaced in a file's bytes where it is found exactly once: how a quick rebuild changes a page or a feed. */
final class ByteRuns {
    private ByteRuns() {
    }

    /** {@code bytes} with {@code old} replaced by {@code now}, or null when {@code old} is empty or not there exactly once. */
    static byte[] replacedOnce(byte[] bytes, byte[] old, byte[] now) {
        int at = indexOf(bytes, old, 0);
        if (at < 0 || indexOf(bytes, old, at + 1) >= 0) {
            return null;
        }
        byte[] replaced = new byte[bytes.length - old.length + now.length];
        System.arraycopy(bytes, 0, replaced, 0, at);
        System.arraycopy(now, 0, replaced, at, now.length);
        int end = at + old.length;
        System.arraycopy(bytes, end, replaced, at + now.length, bytes.length - end);
        return replaced;
    }

    private static int indexOf(byte[] bytes, byte[] sought, int from) {
        if (sought.length == 0) {
            return -1; // nothing has no place of its own
        }
        byte first = sought[0];
        for (int i = from; i <= bytes.length - sought.length; i++) {
            if (bytes[i] != first) {
                continue;
            }
            int j = 1;
            while (j < sought.length && bytes[i + j] == sought[j]) {
                j++;
            }
            if (j == sought.length) {
                return i;
            }
        }
        return -1;
    }
}
