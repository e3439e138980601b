package org.kdocs.lint;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.kdocs.lint.report.Reports;
import org.kdocs.lint.rules.Rules;
import org.kdocs.tree.Severity;

class ReportsAndConfigTest {
    private static final List<Finding> FINDINGS = List.of(
            new Finding("a.rst", 3, 1, Severity.ERROR, "title-short", "too short"),
            new Finding("b.rst", 7, 5, Severity.WARNING, "cjk-punctuation", "half-width ','"));

    @Test
    void textFormIsFileLineColSeverityMessageRule() {
        assertThat(Reports.text(FINDINGS)).isEqualTo(
                "a.rst:3:1: error: too short [title-short]\nb.rst:7:5: warning: half-width ',' [cjk-punctuation]\n");
    }

    @Test
    void jsonListsFindingsAndCounts() throws Exception {
        JsonNode root = new ObjectMapper().readTree(Reports.json(FINDINGS));
        assertThat(root.get("findings")).hasSize(2);
        assertThat(root.get("findings").get(1).get("rule").asText()).isEqualTo("cjk-punctuation");
        assertThat(root.get("errors").asInt()).isEqualTo(1);
        assertThat(root.get("warnings").asInt()).isEqualTo(1);
    }

    @Test
    void sarifHasTheRequiredStructure() throws Exception {
        JsonNode root = new ObjectMapper().readTree(Reports.sarif(FINDINGS, Rules.all()));
        assertThat(root.get("version").asText()).isEqualTo("2.1.0");
        assertThat(root.get("$schema").asText()).contains("sarif-2.1.0");
        JsonNode run = root.get("runs").get(0);
        assertThat(run.get("columnKind").asText()).isEqualTo("unicodeCodePoints");
        assertThat(run.at("/tool/driver/name").asText()).isEqualTo("kdocs-lint");
        assertThat(run.at("/tool/driver/rules")).hasSize(Rules.all().size());
        JsonNode result = run.get("results").get(0);
        assertThat(result.get("level").asText()).isEqualTo("error");
        assertThat(result.at("/message/text").asText()).isEqualTo("too short");
        assertThat(result.at("/locations/0/physicalLocation/artifactLocation/uri").asText()).isEqualTo("a.rst");
        assertThat(result.at("/locations/0/physicalLocation/region/startLine").asInt()).isEqualTo(3);
        int index = result.get("ruleIndex").asInt();
        assertThat(run.at("/tool/driver/rules/" + index + "/id").asText()).isEqualTo("title-short");
    }

    @Test
    void configFileSetsSeveritiesAndWidth() {
        LintConfig.Parsed parsed = LintConfig.parse(
                "# comment\nambiguous-wide = true\ntitle-width = error  # stricter\ncjk-latin-spacing = warning\n"
                        + "spacing = space\n", LintConfig.defaults(), Rules.ids());
        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.config().ambiguousWide()).isTrue();
        assertThat(parsed.config().spacing()).isEqualTo("space");
        assertThat(parsed.config().severityOf(Rules.byId("title-width").orElseThrow())).contains(Severity.ERROR);
        assertThat(parsed.config().severityOf(Rules.byId("cjk-latin-spacing").orElseThrow()))
                .contains(Severity.WARNING);
    }

    @Test
    void configProblemsNameTheLine() {
        LintConfig.Parsed parsed = LintConfig.parse("nosuch = error\ntitle-width = loud\njunk\n",
                LintConfig.defaults(), Set.copyOf(Rules.ids()));
        assertThat(parsed.problems()).containsExactly("line 1: unknown rule or setting 'nosuch'",
                "line 2: severity must be error, warning or off", "line 3: expected key = value");
    }

    @Test
    void everyRuleHasAUniqueIdAndASummary() {
        assertThat(Rules.ids()).hasSize(Rules.all().size());
        assertThat(Rules.all()).allSatisfy(r -> assertThat(r.summary()).isNotBlank());
    }
}
