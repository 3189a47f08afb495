import org.jbake.app.Oven;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.app.configuration.JBakeConfigurationFactory;

import java.io.File;
import java.util.List;

/**
 * Bakes a JBake 2.7.0 site through jbake-core's own Oven, the way the JBake CLI does:
 * {@code java -cp <jbake-core and its dependencies> JBakeLauncher SOURCE OUTPUT}.
 * Compiled by bench/run.sh --jbake into bench/target/jbake; never packaged or committed as a binary.
 */
public final class JBakeLauncher {
    public static void main(String[] args) throws Exception {
        File source = new File(args[0]).getAbsoluteFile();
        File output = new File(args[1]).getAbsoluteFile();
        long start = System.nanoTime();
        JBakeConfiguration config = new JBakeConfigurationFactory().createDefaultJbakeConfiguration(source, output, true);
        Oven oven = new Oven(config);
        oven.bake();
        List<Throwable> errors = oven.getErrors();
        for (Throwable error : errors) {
            System.err.println("jbake: " + error);
        }
        System.out.printf("jbake: baked in %.2f s, %d errors%n", (System.nanoTime() - start) / 1e9, errors.size());
        System.exit(errors.isEmpty() ? 0 : 1);
    }
}
