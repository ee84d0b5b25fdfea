package dev.temporalboot.test;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.protobuf.ByteString;
import com.google.protobuf.InvalidProtocolBufferException;
import dev.temporalboot.test.app.RenewalWorkflow;
import dev.temporalboot.test.app.RenewalWorkflowImpl;
import io.temporal.api.common.v1.Payload;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowOptions;
import io.temporal.common.SimplePlugin;
import io.temporal.common.converter.CodecDataConverter;
import io.temporal.common.converter.EncodingKeys;
import io.temporal.payload.codec.PayloadCodec;
import io.temporal.payload.codec.PayloadCodecException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * The application's worker plugins take part in replays as the SDK's replay path lets them: their
 * replay hook wraps each replay, and payloads a plugin's converter encoded are read back.
 */
@TemporalTest
@Import(ReplayWithPluginsTests.PluginConfiguration.class)
class ReplayWithPluginsTests {

  private static final ByteString ENCODING = ByteString.copyFromUtf8("binary/reversed");

  @Autowired WorkflowClient client;

  @Autowired WorkflowReplays replays;

  @Autowired List<String> replayed;

  @TempDir Path folder;

  @Test
  void historyEncodedByAPluginReplaysInsideThePluginsReplayHook() {
    this.client
        .newWorkflowStub(
            RenewalWorkflow.class,
            WorkflowOptions.newBuilder()
                .setTaskQueue("renewals")
                .setWorkflowId("sub-plugin")
                .build())
        .renew("sub-plugin", 1);
    Path history =
        WorkflowHistories.save(this.client, "sub-plugin", this.folder.resolve("sub-plugin.json"));
    Payload input =
        this.client
            .fetchHistory("sub-plugin")
            .getEvents()
            .get(0)
            .getWorkflowExecutionStartedEventAttributes()
            .getInput()
            .getPayloads(0);
    assertThat(input.getMetadataMap().get(EncodingKeys.METADATA_ENCODING_KEY)).isEqualTo(ENCODING);

    this.replays.assertReplays(RenewalWorkflowImpl.class, "file:" + history);

    assertThat(this.replayed).containsExactly("RenewalWorkflow");
  }

  @TestConfiguration(proxyBeanMethods = false)
  static class PluginConfiguration {

    @Bean
    List<String> replayed() {
      return new CopyOnWriteArrayList<>();
    }

    @Bean
    SimplePlugin reversingPlugin(List<String> replayed) {
      return SimplePlugin.newBuilder("test.reversing")
          .customizeDataConverter(
              (converter) -> new CodecDataConverter(converter, List.of(new ReversingCodec())))
          .onReplayWorkflowExecution(
              (worker, history) ->
                  replayed.add(
                      history
                          .getEvents()
                          .get(0)
                          .getWorkflowExecutionStartedEventAttributes()
                          .getWorkflowType()
                          .getName()))
          .build();
    }
  }

  /** Stores each payload's bytes reversed, so only a converter with this codec reads them. */
  static class ReversingCodec implements PayloadCodec {

    @Override
    public List<Payload> encode(List<Payload> payloads) {
      return payloads.stream()
          .map(
              (payload) ->
                  Payload.newBuilder()
                      .putMetadata(EncodingKeys.METADATA_ENCODING_KEY, ENCODING)
                      .setData(ByteString.copyFrom(reverse(payload.toByteArray())))
                      .build())
          .toList();
    }

    @Override
    public List<Payload> decode(List<Payload> payloads) {
      return payloads.stream().map(ReversingCodec::decode).toList();
    }

    private static Payload decode(Payload payload) {
      if (!ENCODING.equals(payload.getMetadataMap().get(EncodingKeys.METADATA_ENCODING_KEY))) {
        return payload;
      }
      try {
        return Payload.parseFrom(reverse(payload.getData().toByteArray()));
      } catch (InvalidProtocolBufferException ex) {
        throw new PayloadCodecException(ex);
      }
    }

    private static byte[] reverse(byte[] bytes) {
      byte[] reversed = new byte[bytes.length];
      for (int i = 0; i < bytes.length; i++) {
        reversed[i] = bytes[bytes.length - 1 - i];
      }
      return reversed;
    }
  }
}
