package vn.bantin.model.procedure;

/**
 * One paper of the application file (thành phần hồ sơ).
 *
 * @param name      what it is, e.g. "Tờ khai đăng ký khai sinh theo mẫu"
 * @param originals how many originals (bản chính)
 * @param copies    how many copies (bản sao)
 */
public record RequiredDocument(String name, int originals, int copies) {
}
