package dev.temporalboot.internal.worker;

import java.util.List;

/**
 * An activity bean to register on a worker, with the activity types it provides.
 *
 * @param beanName the bean's name
 * @param bean the bean as the context holds it, proxies included
 * @param activityTypes the activity type names it implements
 * @param activityInterfaces the {@code @ActivityInterface}s it implements
 */
record ActivityRegistration(
    String beanName, Object bean, List<String> activityTypes, List<Class<?>> activityInterfaces) {}
