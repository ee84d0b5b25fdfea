package dev.temporalboot.autoconfigure;

import java.util.List;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.boot.autoconfigure.AutoConfigurationPackages;

/** The application's packages, where workflow classes and interfaces are looked up by scanning. */
final class ApplicationPackages {

  private ApplicationPackages() {}

  /** The packages of {@code @SpringBootApplication}, or none in a context built without it. */
  static List<String> of(BeanFactory beanFactory) {
    return AutoConfigurationPackages.has(beanFactory)
        ? AutoConfigurationPackages.get(beanFactory)
        : List.of();
  }
}
