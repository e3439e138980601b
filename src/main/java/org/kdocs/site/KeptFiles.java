package org.kdocs.site;

import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The files of the previous site that the new one keeps as they are (unchanged pages, source copies,
 * cache entries), by their path relative to the site. They are named here rather than linked into the
 * staging directory: on the kernel's site, a link into staging, and the commit's rename and removal,
 * for each of some 11,000 unchanged files was most of a one-page rebuild. {@link AtomicOutput#commit}
 * leaves them in place, and the staging directory holds only what changed.
 */
final class KeptFiles {
    private final Set<String> paths = ConcurrentHashMap.newKeySet();

    /** The previous site's file at {@code path} (relative, with '/') stays in the new site. */
    void keep(String path) {
        paths.add(path);
    }

    /** The file at {@code path} is not kept after all (it is written anew, or dropped). */
    void drop(String path) {
        paths.remove(path);
    }

    boolean kept(String path) {
        return paths.contains(path);
    }

    /**
     * The kept files, and the directories holding them, as paths relative to the site; the directories
     * also go into {@code directories}.
     */
    Set<String> withDirectories(Set<String> directories) {
        Set<String> out = new HashSet<>(paths);
        for (String path : paths) {
            for (int slash = path.lastIndexOf('/'); slash > 0; slash = path.lastIndexOf('/', slash - 1)) {
                String directory = path.substring(0, slash);
                if (!directories.add(directory)) {
                    break; // and its parents were added with it
                }
                out.add(directory);
            }
        }
        return out;
    }

    boolean isEmpty() {
        return paths.isEmpty();
    }
}
