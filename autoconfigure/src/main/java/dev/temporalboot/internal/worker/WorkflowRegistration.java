package dev.temporalboot.internal.worker;

import java.util.List;

/**
 * A workflow implementation class to register on a worker, with the workflow types it provides.
 *
 * @param implementation the workflow implementation class
 * @param workflowTypes the workflow type names it implements
 * @param workflowInterfaces the {@code @WorkflowInterface}s with a workflow method it implements
 * @param source where it was declared, for error messages
 */
public record WorkflowRegistration(
    Class<?> implementation,
    List<String> workflowTypes,
    List<Class<?>> workflowInterfaces,
    String source) {}
