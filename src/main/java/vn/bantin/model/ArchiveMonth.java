package vn.bantin.model;

/** One month of the archive; {@code label} is {@code 3/2024}. */
public record ArchiveMonth(int year, int month, String label, String url, int count) {
}
