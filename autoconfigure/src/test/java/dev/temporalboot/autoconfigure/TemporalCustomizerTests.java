package dev.temporalboot.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import dev.temporalboot.TemporalCustomizer;
import dev.temporalboot.autoconfigure.fixtures.HelloWorkflowImpl;
import dev.temporalboot.internal.worker.slots.SlotCounts;
import dev.temporalboot.testsupport.TemporalContextRunners;
import io.temporal.api.common.v1.Payload;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowClientOptions;
import io.temporal.client.schedules.ScheduleClient;
import io.temporal.client.schedules.ScheduleClientOptions;
import io.temporal.common.context.ContextPropagator;
import io.temporal.common.converter.CodecDataConverter;
import io.temporal.common.converter.DataConverter;
import io.temporal.common.interceptors.WorkerInterceptor;
import io.temporal.common.interceptors.WorkerInterceptorBase;
import io.temporal.common.interceptors.WorkflowClientInterceptor;
import io.temporal.common.interceptors.WorkflowClientInterceptorBase;
import io.temporal.payload.codec.PayloadCodec;
import io.temporal.serviceclient.WorkflowServiceStubs;
import io.temporal.serviceclient.WorkflowServiceStubsOptions;
import io.temporal.worker.WorkerFactory;
import io.temporal.worker.WorkerFactoryOptions;
import io.temporal.worker.WorkerOptions;
import io.temporal.worker.WorkflowImplementationOptions;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.test.util.ReflectionTestUtils;

/** Customizers, interceptors, propagators, codecs and the ObjectMapper reach the SDK options. */
class TemporalCustomizerTests {

  private static final String QUEUE = "customized";

  private final ApplicationContextRunner contextRunner =
      TemporalContextRunners.bindingOnlyWithWorker(QUEUE, HelloWorkflowImpl.class);

  @Test
  void serviceStubsCustomizerWinsOverYaml() {
    this.contextRunner
        .withPropertyValues("temporal.connection.rpc-timeout=5s")
        .withUserConfiguration(StubsCustomizerConfiguration.class)
        .run(
            (context) ->
                assertThat(context.getBean(WorkflowServiceStubs.class).getOptions().getRpcTimeout())
                    .isEqualTo(Duration.ofSeconds(42)));
  }

  @Test
  void workflowClientCustomizerWinsOverYaml() {
    this.contextRunner
        .withPropertyValues("temporal.connection.identity=from-yaml")
        .withUserConfiguration(ClientCustomizerConfiguration.class)
        .run(
            (context) ->
                assertThat(context.getBean(WorkflowClient.class).getOptions().getIdentity())
                    .isEqualTo("from-customizer"));
  }

  @Test
  void scheduleClientCustomizerWinsOverYaml() {
    this.contextRunner
        .withPropertyValues("temporal.connection.identity=from-yaml")
        .withUserConfiguration(ScheduleClientCustomizerConfiguration.class)
        .run(
            (context) -> {
              assertThat(context).hasSingleBean(ScheduleClient.class);
              // ScheduleClient is a proxy without options getter: read the builder it was built
              // from.
              ScheduleClientCustomizerConfiguration configuration =
                  context.getBean(ScheduleClientCustomizerConfiguration.class);
              assertThat(configuration.identityBefore).isEqualTo("from-yaml");
              assertThat(configuration.builder.build().getIdentity())
                  .isEqualTo("schedules-from-customizer");
            });
  }

  @Test
  void workerFactoryCustomizerIsApplied() {
    this.contextRunner
        .withUserConfiguration(WorkerFactoryCustomizerConfiguration.class)
        .run(
            (context) ->
                assertThat(
                        workerFactoryOptions(context.getBean(WorkerFactory.class))
                            .getWorkflowCacheSize())
                    .isEqualTo(123));
  }

  @Test
  void workerOptionsCustomizerWinsOverYaml() {
    this.contextRunner
        .withPropertyValues("temporal.workers[0].max-concurrent-activities=10")
        .withUserConfiguration(WorkerOptionsCustomizerConfiguration.class)
        .run(
            (context) ->
                assertThat(
                        SlotCounts.of(
                                context
                                    .getBean(WorkerFactory.class)
                                    .getWorker(QUEUE)
                                    .getWorkerOptions())
                            .activities())
                    .isEqualTo(20));
  }

  @Test
  void workflowImplementationOptionsCustomizerIsApplied() {
    this.contextRunner
        .withUserConfiguration(ImplementationOptionsCustomizerConfiguration.class)
        .run(
            (context) -> {
              List<WorkflowImplementationOptions.Builder> builders =
                  context.getBean(ImplementationOptionsCustomizerConfiguration.class).builders;
              assertThat(builders).hasSize(1);
              assertThat(builders.get(0).build().getFailWorkflowExceptionTypes())
                  .containsExactly(IllegalStateException.class);
            });
  }

  @Test
  void customizersOfOneBuilderRunInOrder() {
    this.contextRunner
        .withUserConfiguration(OrderedClientCustomizersConfiguration.class)
        .run(
            (context) ->
                assertThat(context.getBean(WorkflowClient.class).getOptions().getIdentity())
                    .isEqualTo("first-second"));
  }

  @Test
  void interceptorAndPropagatorBeansAreApplied() {
    this.contextRunner
        .withUserConfiguration(InterceptorConfiguration.class)
        .run(
            (context) -> {
              WorkflowClientOptions options = context.getBean(WorkflowClient.class).getOptions();
              assertThat(options.getInterceptors())
                  .containsExactly(context.getBean(WorkflowClientInterceptor.class));
              assertThat(options.getContextPropagators())
                  .containsExactly(context.getBean(ContextPropagator.class));
              assertThat(
                      workerFactoryOptions(context.getBean(WorkerFactory.class))
                          .getWorkerInterceptors())
                  .containsExactly(context.getBean(WorkerInterceptor.class));
            });
  }

  @Test
  void payloadCodecBeansMakeACodecDataConverter() {
    this.contextRunner
        .withBean(PayloadCodec.class, ReversingCodec::new)
        .run(
            (context) -> {
              DataConverter converter = context.getBean(DataConverter.class);
              assertThat(converter).isInstanceOf(CodecDataConverter.class);
              assertThat(context.getBean(WorkflowClient.class).getOptions().getDataConverter())
                  .isSameAs(converter);
              Payload payload = converter.toPayload("abc").orElseThrow();
              assertThat(payload.getData().toString(StandardCharsets.UTF_8)).isEqualTo("\"cba\"");
              assertThat(converter.fromPayload(payload, String.class, String.class))
                  .isEqualTo("abc");
            });
  }

  @Test
  void objectMapperBeanIsUsedForJson() {
    ObjectMapper mapper =
        new ObjectMapper().setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE);
    this.contextRunner
        .withBean(ObjectMapper.class, () -> mapper)
        .run(
            (context) -> {
              Payload payload =
                  context.getBean(DataConverter.class).toPayload(new Greeting("Ada")).orElseThrow();
              assertThat(payload.getData().toString(StandardCharsets.UTF_8))
                  .isEqualTo("{\"person_name\":\"Ada\"}");
            });
  }

  private static WorkerFactoryOptions workerFactoryOptions(WorkerFactory factory) {
    // The SDK has no getter for them.
    return (WorkerFactoryOptions) ReflectionTestUtils.getField(factory, "factoryOptions");
  }

  /** A JSON payload for the ObjectMapper test. */
  public record Greeting(String personName) {}

  /** Reverses the bytes of each payload, enough to tell that the codec ran. */
  static class ReversingCodec implements PayloadCodec {

    @Override
    public List<Payload> encode(List<Payload> payloads) {
      return payloads.stream().map(ReversingCodec::reverse).toList();
    }

    @Override
    public List<Payload> decode(List<Payload> payloads) {
      return payloads.stream().map(ReversingCodec::reverse).toList();
    }

    private static Payload reverse(Payload payload) {
      String data = payload.getData().toString(StandardCharsets.UTF_8);
      String inner = data.substring(1, data.length() - 1);
      return payload.toBuilder()
          .setData(
              com.google.protobuf.ByteString.copyFromUtf8(
                  "\"" + new StringBuilder(inner).reverse() + "\""))
          .build();
    }
  }

  @Configuration(proxyBeanMethods = false)
  static class StubsCustomizerConfiguration {

    @Bean
    TemporalCustomizer<WorkflowServiceStubsOptions.Builder> stubsCustomizer() {
      return (builder) -> builder.setRpcTimeout(Duration.ofSeconds(42));
    }
  }

  @Configuration(proxyBeanMethods = false)
  static class ClientCustomizerConfiguration {

    @Bean
    TemporalCustomizer<WorkflowClientOptions.Builder> clientCustomizer() {
      return (builder) -> builder.setIdentity("from-customizer");
    }
  }

  @Configuration(proxyBeanMethods = false)
  static class ScheduleClientCustomizerConfiguration {

    @Nullable String identityBefore;

    ScheduleClientOptions.@Nullable Builder builder;

    @Bean
    TemporalCustomizer<ScheduleClientOptions.Builder> scheduleClientCustomizer() {
      return (builder) -> {
        this.identityBefore = builder.build().getIdentity();
        this.builder = builder.setIdentity("schedules-from-customizer");
      };
    }
  }

  @Configuration(proxyBeanMethods = false)
  static class WorkerFactoryCustomizerConfiguration {

    @Bean
    TemporalCustomizer<WorkerFactoryOptions.Builder> workerFactoryCustomizer() {
      return (builder) -> builder.setWorkflowCacheSize(123);
    }
  }

  @Configuration(proxyBeanMethods = false)
  static class WorkerOptionsCustomizerConfiguration {

    @Bean
    TemporalCustomizer<WorkerOptions.Builder> workerOptionsCustomizer() {
      return (builder) -> builder.setMaxConcurrentActivityExecutionSize(20);
    }
  }

  @Configuration(proxyBeanMethods = false)
  static class ImplementationOptionsCustomizerConfiguration {

    final List<WorkflowImplementationOptions.Builder> builders = new ArrayList<>();

    @Bean
    TemporalCustomizer<WorkflowImplementationOptions.Builder> implementationOptionsCustomizer() {
      return (builder) -> {
        builder.setFailWorkflowExceptionTypes(IllegalStateException.class);
        this.builders.add(builder);
      };
    }
  }

  @Configuration(proxyBeanMethods = false)
  static class OrderedClientCustomizersConfiguration {

    // Declared in reverse so that only @Order can put them right.
    @Bean
    @Order(2)
    TemporalCustomizer<WorkflowClientOptions.Builder> secondCustomizer() {
      return (builder) -> builder.setIdentity(builder.build().getIdentity() + "-second");
    }

    @Bean
    @Order(1)
    TemporalCustomizer<WorkflowClientOptions.Builder> firstCustomizer() {
      return (builder) -> builder.setIdentity("first");
    }
  }

  @Configuration(proxyBeanMethods = false)
  static class InterceptorConfiguration {

    @Bean
    WorkflowClientInterceptor clientInterceptor() {
      return new WorkflowClientInterceptorBase();
    }

    @Bean
    WorkerInterceptor workerInterceptor() {
      return new WorkerInterceptorBase();
    }

    @Bean
    ContextPropagator contextPropagator() {
      return new ContextPropagator() {
        @Override
        public String getName() {
          return "test";
        }

        @Override
        public Map<String, Payload> serializeContext(@Nullable Object context) {
          return Map.of();
        }

        @Override
        public @Nullable Object deserializeContext(Map<String, Payload> header) {
          return null;
        }

        @Override
        public @Nullable Object getCurrentContext() {
          return null;
        }

        @Override
        public void setCurrentContext(@Nullable Object context) {}
      };
    }
  }
}
