package org.creativeautomation.plugins.stablediffusion.comfyui;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.TextNode;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WorkflowTemplateTest {

    @Test
    void theBuiltInWorkflowUsesEveryPlaceholder() {
        WorkflowTemplate builtIn = WorkflowTemplate.builtIn();

        for (String placeholder : WorkflowTemplate.PLACEHOLDERS) {
            assertThat(builtIn.uses(placeholder)).as(placeholder).isTrue();
        }
    }

    @Test
    void aWholeValuePlaceholderTakesTheValuesTypeAndAnEmbeddedOneIsText() {
        WorkflowTemplate template = WorkflowTemplate.parse("""
                {"1": {"class_type": "X", "inputs": {"w": "{{width}}", "label": "{{ width }} px, seed {{seed}}",
                       "list": ["{{prompt}}", 3]}}}
                """.getBytes(StandardCharsets.UTF_8), "test", "test");

        JsonNode filled = template.fill(Map.of("width", IntNode.valueOf(768), "seed", LongNode.valueOf(5L),
                "prompt", TextNode.valueOf("back\\slash \"quoted\"")));

        assertThat(filled.at("/1/inputs/w").isInt()).isTrue();
        assertThat(filled.at("/1/inputs/w").asInt()).isEqualTo(768);
        assertThat(filled.at("/1/inputs/label").asText()).isEqualTo("768 px, seed 5");
        assertThat(filled.at("/1/inputs/list/0").asText()).isEqualTo("back\\slash \"quoted\"");
        assertThat(filled.at("/1/inputs/list/1").asInt()).isEqualTo(3);
    }

    @Test
    void fillingLeavesTheTemplateAsItWas() {
        WorkflowTemplate template = WorkflowTemplate.parse(
                "{\"1\": {\"class_type\": \"X\", \"inputs\": {\"text\": \"{{prompt}}\"}}}".getBytes(StandardCharsets.UTF_8),
                "test", "test");

        template.fill(Map.of("prompt", TextNode.valueOf("first")));
        JsonNode second = template.fill(Map.of("prompt", TextNode.valueOf("second")));

        assertThat(second.at("/1/inputs/text").asText()).isEqualTo("second");
    }

    @Test
    void aPlaceholderWithoutAValueIsAProgrammingError() {
        WorkflowTemplate template = WorkflowTemplate.builtIn();

        assertThatThrownBy(() -> template.fill(Map.of("prompt", TextNode.valueOf("x"))))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("{{");
    }
}
