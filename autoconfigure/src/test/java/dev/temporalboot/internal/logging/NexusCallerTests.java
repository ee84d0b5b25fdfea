package dev.temporalboot.internal.logging;

import static org.assertj.core.api.Assertions.assertThat;

import io.nexusrpc.Link;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

class NexusCallerTests {

  @Test
  void callerIsTheWorkflowTheEventLinkNames() {
    Link link =
        Link.newBuilder()
            .setType("temporal.api.common.v1.Link.WorkflowEvent")
            .setUri(
                URI.create(
                    "temporal:///namespaces/loans%20eu/workflows/loan-ada%2F1/run-1/history"
                        + "?referenceType=EventReference&eventID=5"))
            .build();

    assertThat(NexusCaller.of(List.of(link))).contains(new NexusCaller("loans eu", "loan-ada/1"));
  }

  @Test
  void otherLinksNameNoCaller() {
    Link other =
        Link.newBuilder()
            .setType("com.example.Trace")
            .setUri(URI.create("temporal:///namespaces/ns/workflows/w/r/history"))
            .build();
    Link odd =
        Link.newBuilder()
            .setType("temporal.api.common.v1.Link.WorkflowEvent")
            .setUri(URI.create("temporal:///namespaces/ns/activities/a/r/details"))
            .build();

    assertThat(NexusCaller.of(List.of(other, odd))).isEmpty();
    assertThat(NexusCaller.of(null)).isEmpty();
  }
}
