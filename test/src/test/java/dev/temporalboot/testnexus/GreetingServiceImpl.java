package dev.temporalboot.testnexus;

import dev.temporalboot.NexusServiceImpl;
import io.nexusrpc.handler.OperationHandler;
import io.nexusrpc.handler.OperationImpl;
import io.nexusrpc.handler.ServiceImpl;
import io.temporal.client.WorkflowOptions;
import io.temporal.nexus.Nexus;
import io.temporal.nexus.WorkflowRunOperation;
import org.springframework.stereotype.Component;

@Component
@NexusServiceImpl(taskQueues = "greetings")
@ServiceImpl(service = GreetingService.class)
public class GreetingServiceImpl {

  @OperationImpl
  public OperationHandler<String, String> greet() {
    return OperationHandler.sync((context, details, name) -> "Hello " + name);
  }

  @OperationImpl
  public OperationHandler<String, String> greetLater() {
    return WorkflowRunOperation.fromWorkflowMethod(
        (context, details, name) ->
            Nexus.getOperationContext()
                    .getWorkflowClient()
                    .newWorkflowStub(
                        LateGreetingWorkflow.class,
                        WorkflowOptions.newBuilder().setWorkflowId("late-" + name).build())
                ::greet);
  }
}
