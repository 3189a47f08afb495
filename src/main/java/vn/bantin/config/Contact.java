package vn.bantin.config;

import vn.bantin.problem.Problem;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The contact block every state portal shows on each page (Decree 42/2022/NĐ-CP): the body that
 * runs the site, its address, phone and email, and the person responsible for the content, from
 * the {@code bantin.contact.*} keys. Every part may be empty; the templates leave out what is.
 *
 * @param name        the body's name; {@code bantin.publisher} when not given
 * @param responsible who is responsible for the content, as it should read: name and title
 */
public record Contact(String name, String address, String phone, String email, String responsible) {
    public static final String PREFIX = "bantin.contact.";
    private static final List<String> KEYS = List.of("name", "address", "phone", "email", "responsible");
    /** One address: a mailto: link is made of it. */
    private static final Pattern EMAIL = Pattern.compile("[^@\\s,;<>\"]+@[^@\\s,;<>\"]+\\.[^@\\s,;<>\".]+");
    /** One number, as people write it: 0203 3 845 123, 0203.3845123, (0203) 3845 123, +84 203 3845 123. */
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 .()-]{4,22}[0-9]");

    /** Reads the keys; {@code publisher} names the body when {@code bantin.contact.name} is absent. */
    public static Contact read(Map<String, Object> raw, String publisher) {
        String name = ConfigText.of(raw, PREFIX + "name");
        return new Contact(name.isEmpty() ? publisher : name, ConfigText.of(raw, PREFIX + "address"),
                ConfigText.of(raw, PREFIX + "phone"), ConfigText.of(raw, PREFIX + "email"),
                ConfigText.of(raw, PREFIX + "responsible"));
    }

    /** An email that is no address, and keys under the prefix that bantin does not know (a typo hides a value). */
    static List<Problem> problems(Map<String, Object> raw) {
        List<Problem> problems = new ArrayList<>();
        String email = ConfigText.of(raw, PREFIX + "email");
        if (!email.isEmpty() && !EMAIL.matcher(email).matches()) {
            problems.add(Problem.error(ConfigLoader.FILE, 0, PREFIX + "email: '" + email + "' is not one email address",
                    "write a single address, e.g. " + PREFIX + "email=vhtt@ankhanh.gov.vn"));
        }
        for (String key : raw.keySet()) {
            if (key.startsWith(PREFIX) && !KEYS.contains(key.substring(PREFIX.length()))) {
                problems.add(Problem.error(ConfigLoader.FILE, 0, "unknown key " + key,
                        "the contact keys are " + PREFIX + String.join(", " + PREFIX, KEYS)));
            }
        }
        return problems;
    }

    /**
     * A {@code tel:} link that phones dial, e.g. {@code tel:02033845123}; empty when the phone is no
     * single number (several numbers, or words beside one): then it is shown as text only.
     */
    public String phoneUrl() {
        if (!PHONE.matcher(phone).matches()) {
            return "";
        }
        return "tel:" + phone.replaceAll("[^0-9+]", "");
    }
}
