package dev.temporalboot.internal.aot;

import dev.temporalboot.ActivityImpl;
import dev.temporalboot.ActivityStub;
import dev.temporalboot.NexusServiceImpl;
import dev.temporalboot.NexusServiceStub;
import dev.temporalboot.WorkflowImpl;
import io.nexusrpc.Operation;
import io.nexusrpc.Service;
import io.nexusrpc.handler.OperationImpl;
import io.nexusrpc.handler.ServiceImpl;
import io.temporal.activity.ActivityInterface;
import io.temporal.activity.ActivityMethod;
import io.temporal.workflow.QueryMethod;
import io.temporal.workflow.SignalMethod;
import io.temporal.workflow.UpdateMethod;
import io.temporal.workflow.UpdateValidatorMethod;
import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.aot.hint.MemberCategory;
import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.RuntimeHintsRegistrar;

/**
 * The hints every application on Temporal Boot needs in a native image, whatever its types: the
 * annotations whose attributes the starter and the SDK read. The SDK's own jars ship the hints of
 * its internals ({@code META-INF/native-image}). Registered in {@code
 * META-INF/spring/aot.factories}.
 */
public final class TemporalRuntimeHints implements RuntimeHintsRegistrar {

  /** The annotations read reflectively, with their attribute methods. */
  static final List<Class<?>> ANNOTATIONS =
      List.of(
          WorkflowImpl.class,
          ActivityImpl.class,
          ActivityStub.class,
          NexusServiceImpl.class,
          NexusServiceStub.class,
          WorkflowInterface.class,
          WorkflowMethod.class,
          SignalMethod.class,
          QueryMethod.class,
          UpdateMethod.class,
          UpdateValidatorMethod.class,
          ActivityInterface.class,
          ActivityMethod.class,
          Service.class,
          Operation.class,
          ServiceImpl.class,
          OperationImpl.class);

  @Override
  public void registerHints(RuntimeHints hints, @Nullable ClassLoader classLoader) {
    for (Class<?> annotation : ANNOTATIONS) {
      hints.reflection().registerType(annotation, MemberCategory.INVOKE_DECLARED_METHODS);
    }
  }
}
