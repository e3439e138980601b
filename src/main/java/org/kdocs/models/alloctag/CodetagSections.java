package org.kdocs.models.alloctag;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The "alloc_tags" sections the codetag type knows (lib/codetag.c): the built-in kernel's, registered
 * with id 0, and each loaded module's under the lowest free IDR id. Iterating them gives
 * /proc/allocinfo's order: the kernel's tags in section order, then the modules' by ascending id.
 */
final class CodetagSections {
    private record LoadedModule(String name, List<AllocTag> tags) {
    }

    private final int cpus;
    private final List<AllocTag> builtIn = new ArrayList<>();
    private final TreeMap<Integer, LoadedModule> modules = new TreeMap<>();

    CodetagSections(int cpus) {
        this.cpus = cpus;
    }

    /** Appends a tag to the built-in section, as the linker appends one DEFINE_ALLOC_TAG. */
    AllocTag define(CodeTag site) {
        AllocTag tag = new AllocTag(site, cpus);
        builtIn.add(tag);
        return tag;
    }

    /** The first built-in tag with this text, defined at the end of the section if there is none. */
    AllocTag findOrDefine(CodeTag site) {
        return builtIn.stream().filter(t -> t.codeTag().equals(site)).findFirst().orElseGet(() -> define(site));
    }

    /** Registers a module's section (codetag_load_module); a module without tags is not registered. */
    List<AllocTag> load(String name, List<CodeTag> sites) {
        List<AllocTag> tags = new ArrayList<>();
        for (CodeTag s : sites) {
            tags.add(new AllocTag(new CodeTag(s.filename(), s.lineno(), name, s.function()), cpus));
        }
        if (!tags.isEmpty()) {
            int id = 1; // the built-in kernel holds id 0; idr_alloc takes the lowest free id
            while (modules.containsKey(id)) {
                id++;
            }
            modules.put(id, new LoadedModule(name, tags));
        }
        return List.copyOf(tags);
    }

    /** Removes a module's section and returns its tags, or empty for a module never registered. */
    Optional<List<AllocTag>> unload(String name) {
        Optional<Integer> id = modules.entrySet().stream().filter(e -> e.getValue().name().equals(name))
                .map(Map.Entry::getKey).findFirst();
        return id.map(i -> modules.remove(i).tags());
    }

    List<AllocTag> all() {
        List<AllocTag> all = new ArrayList<>(builtIn);
        modules.values().forEach(m -> all.addAll(m.tags()));
        return all;
    }
}
