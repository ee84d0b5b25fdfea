package dev.temporalboot.autoconfigure;

import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;

/**
 * Chooses the SDK plugin beans to set on a component. The SDK hands a component's plugins down to
 * the components built on it (stubs to the workflow and schedule clients, the workflow client to
 * the worker factory) when they implement the child's plugin interface too, and runs a plugin that
 * is both handed down and set again twice. So each component gets only the beans its parent does
 * not hand down, which also holds when the application replaced the parent bean.
 */
final class Plugins {

  private Plugins() {}

  /**
   * Returns the plugin beans the component does not inherit, in {@code @Order}.
   *
   * @param beans the plugin beans of the component's plugin interface
   * @param inherited the plugins of the parent component, which the SDK hands down
   * @return the plugins to set on the component
   */
  static <P> List<P> notInherited(ObjectProvider<P> beans, Object @Nullable [] inherited) {
    List<Object> handedDown = (inherited != null) ? Arrays.asList(inherited) : List.of();
    return beans.orderedStream().filter((plugin) -> !handedDown.contains(plugin)).toList();
  }
}
