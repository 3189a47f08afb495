package vn.bantin.model.procedure;

/**
 * Another procedure, as one procedure points to it (the one replacing it, or one it replaces).
 *
 * @param url its page, or null when the site renders no procedure pages
 */
public record ProcedureRef(String code, String title, String url) {
}
