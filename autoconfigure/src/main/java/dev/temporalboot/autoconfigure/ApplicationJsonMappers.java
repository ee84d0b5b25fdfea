package dev.temporalboot.autoconfigure;

import dev.temporalboot.internal.client.JsonMapperPayloadConverter;
import io.temporal.common.converter.JacksonJsonPayloadConverter;
import io.temporal.common.converter.PayloadConverter;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.util.ClassUtils;

/**
 * The application's Jackson mappers as payload converters. Each Jackson generation is touched only
 * in its own nested class, loaded only when that generation is on the classpath.
 */
final class ApplicationJsonMappers {

  private static final String JACKSON2_MAPPER = "com.fasterxml.jackson.databind.ObjectMapper";

  private static final String JACKSON3_MAPPER = "tools.jackson.databind.json.JsonMapper";

  private final BeanFactory beanFactory;

  private final @Nullable ClassLoader classLoader;

  ApplicationJsonMappers(BeanFactory beanFactory, @Nullable ClassLoader classLoader) {
    this.beanFactory = beanFactory;
    this.classLoader = classLoader;
  }

  /** The application's Jackson 2 ObjectMapper bean, used as it is, or null. */
  @Nullable PayloadConverter jackson2() {
    return ClassUtils.isPresent(JACKSON2_MAPPER, this.classLoader)
        ? Jackson2.converter(this.beanFactory)
        : null;
  }

  /**
   * A copy of the application's Jackson 3 JsonMapper bean with payload settings pinned, or null.
   */
  @Nullable PayloadConverter jackson3() {
    return ClassUtils.isPresent(JACKSON3_MAPPER, this.classLoader)
        ? Jackson3.converter(this.beanFactory)
        : null;
  }

  private static final class Jackson2 {

    static @Nullable PayloadConverter converter(BeanFactory beanFactory) {
      com.fasterxml.jackson.databind.ObjectMapper mapper =
          beanFactory
              .getBeanProvider(com.fasterxml.jackson.databind.ObjectMapper.class)
              .getIfUnique();
      return (mapper != null) ? new JacksonJsonPayloadConverter(mapper) : null;
    }
  }

  private static final class Jackson3 {

    static @Nullable PayloadConverter converter(BeanFactory beanFactory) {
      tools.jackson.databind.json.JsonMapper mapper =
          beanFactory.getBeanProvider(tools.jackson.databind.json.JsonMapper.class).getIfUnique();
      return (mapper != null) ? JsonMapperPayloadConverter.forApplicationMapper(mapper) : null;
    }
  }
}
