package org.kdocs.site;

import java.nio.file.Path;

/**
 * A build that stops for a long time once it has started writing, so that a
 * test can kill it there. Arguments: SOURCE_DIR OUT.
 */
public final class SlowBuildMain {
    private SlowBuildMain() {
    }

    public static void main(String[] args) {
        SiteBuilder.builder().source(Path.of(args[0])).output(Path.of(args[1])).jobs(1).progress(line -> {
            if (line.startsWith("writing output")) {
                System.out.println("WRITING");
                System.out.flush();
                try {
                    Thread.sleep(300_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }).build().run();
    }
}
