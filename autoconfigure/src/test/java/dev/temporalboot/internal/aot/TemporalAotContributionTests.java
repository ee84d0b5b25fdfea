package dev.temporalboot.internal.aot;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.javapoet.CodeBlock;

class TemporalAotContributionTests {

  @Test
  void largeResultsAreSplitIntoStatementsOfAtMostOneChunk() {
    List<Integer> found =
        IntStream.range(0, 2 * TemporalAotContribution.CHUNK + 1).boxed().toList();

    List<CodeBlock> statements =
        TemporalAotContribution.chunks(found, (chunk) -> CodeBlock.of("$L", chunk.size()));

    assertThat(statements)
        .extracting(CodeBlock::toString)
        .containsExactly(
            String.valueOf(TemporalAotContribution.CHUNK),
            String.valueOf(TemporalAotContribution.CHUNK),
            "1");
  }

  @Test
  void nothingFoundStillWritesOneStatementSoStartUpKnowsThereIsNothing() {
    List<CodeBlock> statements =
        TemporalAotContribution.chunks(List.of(), (chunk) -> CodeBlock.of("$L", chunk.size()));

    assertThat(statements).extracting(CodeBlock::toString).containsExactly("0");
  }
}
