package dev.temporalboot.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import io.temporal.common.SearchAttributeKey;
import io.temporal.common.SearchAttributes;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** Search attribute types follow the bound value's type. */
class SearchAttributeValuesTests {

  @Test
  void valueTypesPickTheAttributeTypes() {
    SearchAttributes attributes =
        SearchAttributeValues.typed(
            Map.of(
                "Tier",
                "gold",
                "Priority",
                2,
                "Score",
                4.5,
                "Vip",
                true,
                "Tags",
                List.of("eu", "express"),
                "DueAt",
                "2030-01-31T09:00:00Z"),
            "temporal.workflows.X.search-attributes");
    assertThat(attributes.get(SearchAttributeKey.forKeyword("Tier"))).isEqualTo("gold");
    assertThat(attributes.get(SearchAttributeKey.forLong("Priority"))).isEqualTo(2L);
    assertThat(attributes.get(SearchAttributeKey.forDouble("Score"))).isEqualTo(4.5);
    assertThat(attributes.get(SearchAttributeKey.forBoolean("Vip"))).isTrue();
    assertThat(attributes.get(SearchAttributeKey.forKeywordList("Tags")))
        .containsExactly("eu", "express");
    assertThat(attributes.get(SearchAttributeKey.forOffsetDateTime("DueAt")))
        .isEqualTo(OffsetDateTime.parse("2030-01-31T09:00:00Z"));
  }

  @Test
  void yamlListBoundAsAnIndexedMapIsAKeywordList() {
    WorkflowProperties properties =
        new Binder(
                new MapConfigurationPropertySource(
                    Map.of(
                        "w.search-attributes.Tags[0]", "eu",
                        "w.search-attributes.Tags[1]", "express")))
            .bind("w", WorkflowProperties.class)
            .get();
    assertThat(
            SearchAttributeValues.typed(properties.getSearchAttributes(), "w.search-attributes")
                .get(SearchAttributeKey.forKeywordList("Tags")))
        .containsExactly("eu", "express");
  }
}
