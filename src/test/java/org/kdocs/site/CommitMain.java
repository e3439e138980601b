package org.kdocs.site;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Publishes a staged site of many pages, each reading "new N", over OUT, in
 * a loop, so that a test can kill the process in the middle of a commit.
 * Prints COMMITTING before the first commit. Arguments: OUT PAGES.
 */
public final class CommitMain {
    private CommitMain() {
    }

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args[0]);
        int pages = Integer.parseInt(args[1]);
        for (int round = 0; ; round++) {
            Path staging = AtomicOutput.begin(out);
            for (int i = 0; i < pages; i++) {
                Files.writeString(staging.resolve("page" + i + ".html"), "new " + i + " round " + round);
            }
            if (round == 0) {
                System.out.println("COMMITTING");
                System.out.flush();
            }
            AtomicOutput.commit(staging, out);
        }
    }
}
