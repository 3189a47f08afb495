package vn.bantin.model;

import java.util.List;

/** One year of the archive, with its months newest first. */
public record ArchiveYear(int year, String url, int count, List<ArchiveMonth> months) {
}
