package org.kdocs.conformance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.kdocs.testing.TestResources;

/**
 * The docutils conformance corpus, {@code src/test/resources/conformance/docutils-rst-cases.jsonl}
 * (provenance in the README beside it): the inputs of docutils' own parser test suite, each with
 * the pseudo-XML docutils 0.19 prints right after parsing it as "test data".
 */
public final class DocutilsCorpus {
    /** One case: its id (test module/group/index), the input, and docutils' tree. */
    public record Case(String id, String input, String expected) {
        /** The test module the case comes from, such as {@code test_inline_markup}. */
        public String group() {
            return id.substring(0, id.indexOf('/'));
        }
    }

    static final String RESOURCE = "conformance/docutils-rst-cases.jsonl";

    private DocutilsCorpus() {
    }

    /** Every case, in corpus order. */
    public static List<Case> cases() {
        ObjectMapper json = new ObjectMapper();
        List<Case> cases = new ArrayList<>();
        try {
            for (String line : TestResources.read(RESOURCE).split("\n")) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode node = json.readTree(line);
                cases.add(new Case(node.get("id").asText(), node.get("input").asText(),
                        node.get("expected").asText()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return cases;
    }
}
