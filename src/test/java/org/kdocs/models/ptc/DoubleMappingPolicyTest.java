package org.kdocs.models.ptc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.kdocs.testing.TestResources;

class DoubleMappingPolicyTest {

    static List<DoubleMappingPolicy.Rule> documentedTable() throws IOException {
        return Arrays.stream(TestResources.read("models/ptc/double-mapping-rules.txt").split("\n"))
                .filter(l -> !l.isBlank() && !l.startsWith("#"))
                .map(l -> l.split("\\|"))
                .map(c -> new DoubleMappingPolicy.Rule(c[0].strip(), c[1].strip(), c[2].strip(), c[3].strip()))
                .toList();
    }

    @Test
    void derivedTableAgreesWithTheKernelDocumentationRowByRow() throws IOException {
        assertThat(DoubleMappingPolicy.derive()).containsExactlyElementsOf(documentedTable());
    }

    @Test
    void documentedTableHasTheFiveRowsOfTheKernelDocumentation() throws IOException {
        assertThat(documentedTable()).hasSize(5);
    }
}
