package vn.bantin.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A parsed command line: {@code bantin <command> [words…] [options]}. Options may come in any
 * order; each is accepted only by the commands it means something to, so that a mistyped command
 * line is told apart from one that silently does something else.
 *
 * @param command     bake, check, new, serve or help
 * @param words       the words after the command that are not options ({@code new}'s kind and title)
 * @param source      the site folder as given (relative to the current folder)
 * @param output      {@code --output}, or null
 * @param section     {@code new article --section}, or null
 * @param port        {@code serve --port}, or -1 for the configured one
 * @param clean       {@code bake --clean}: a full bake, whatever the previous one kept
 */
record Arguments(String command, List<String> words, Path source, Path output, boolean verbose, boolean external,
                 int timeoutSeconds, String section, int port, boolean clean) {

    /** A command line that cannot be run; the message says why. */
    static final class UsageError extends Exception {
        private static final long serialVersionUID = 1L;

        UsageError(String message) {
            super(message);
        }
    }

    static final Set<String> COMMANDS = Set.of("bake", "check", "new", "serve", "help");

    /** Which commands take which option; --source, --verbose and --help go with every command. */
    private static final Map<String, Set<String>> OPTION_COMMANDS = Map.of(
            "--output", Set.of("bake"),
            "--clean", Set.of("bake"),
            "--external", Set.of("check"),
            "--timeout", Set.of("check"),
            "--section", Set.of("new"),
            "--port", Set.of("serve"));
    private static final String TIMEOUT = "--timeout needs a number of seconds, such as --timeout 10";
    private static final String PORT = "--port needs a port number, such as --port 8820 (0 takes any free port)";

    static Arguments parse(String[] args) throws UsageError {
        List<String> arguments = new ArrayList<>(List.of(args));
        String command = arguments.isEmpty() || arguments.get(0).startsWith("-")
                ? "bake" : arguments.remove(0).toLowerCase(Locale.ROOT);
        if (!COMMANDS.contains(command)) {
            throw new UsageError("unknown command " + command);
        }
        List<String> words = new ArrayList<>();
        Path source = Path.of("");
        Path output = null;
        boolean verbose = false;
        boolean external = false;
        int timeoutSeconds = 10;
        String section = null;
        int port = -1;
        boolean help = false;
        boolean clean = false;
        for (int i = 0; i < arguments.size(); i++) {
            String argument = arguments.get(i);
            if (!argument.startsWith("-") || argument.equals("-")) {
                words.add(argument);
                continue;
            }
            Set<String> commands = OPTION_COMMANDS.get(argument);
            if (commands != null && !commands.contains(command)) {
                throw new UsageError(argument + " is only for " + String.join(", ", commands.stream().sorted().toList()));
            }
            switch (argument) {
                case "--source" -> source = Path.of(value(arguments, i++, "--source needs a folder"));
                case "--output" -> output = Path.of(value(arguments, i++, "--output needs a folder"));
                case "--section" -> section = value(arguments, i++, "--section needs a section folder, such as --section tin-tuc");
                case "--verbose", "-v" -> verbose = true;
                case "--external" -> external = true;
                case "--clean" -> clean = true;
                case "--timeout" -> timeoutSeconds = number(value(arguments, i++, TIMEOUT), 1, 9999, TIMEOUT);
                case "--port" -> port = number(value(arguments, i++, PORT), 0, 65535, PORT);
                case "--help", "-h" -> help = true;
                default -> throw new UsageError("unknown option " + argument);
            }
        }
        if (help) {
            return new Arguments("help", List.of(), source, output, verbose, external, timeoutSeconds, section, port,
                    clean);
        }
        if (!command.equals("new") && !words.isEmpty()) {
            throw new UsageError("unexpected '" + words.get(0) + "' after " + command);
        }
        return new Arguments(command, List.copyOf(words), source, output, verbose, external, timeoutSeconds, section,
                port, clean);
    }

    private static String value(List<String> arguments, int i, String message) throws UsageError {
        if (i + 1 >= arguments.size() || arguments.get(i + 1).startsWith("--")) {
            throw new UsageError(message);
        }
        return arguments.get(i + 1);
    }

    private static int number(String text, int min, int max, String message) throws UsageError {
        if (!text.matches("\\d{1,5}")) {
            throw new UsageError(message);
        }
        int value = Integer.parseInt(text);
        if (value < min || value > max) {
            throw new UsageError(message);
        }
        return value;
    }
}
