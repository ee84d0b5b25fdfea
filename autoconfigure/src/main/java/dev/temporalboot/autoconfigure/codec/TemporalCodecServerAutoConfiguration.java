package dev.temporalboot.autoconfigure.codec;

import com.google.protobuf.util.JsonFormat;
import dev.temporalboot.autoconfigure.CodecServerProperties;
import dev.temporalboot.autoconfigure.TemporalProperties;
import dev.temporalboot.autoconfigure.internal.ConditionalOnTemporalSwitch;
import dev.temporalboot.diagnostics.InvalidTemporalPropertyException;
import dev.temporalboot.internal.codec.CodecServerRoutes;
import dev.temporalboot.internal.codec.PayloadCodecService;
import io.temporal.payload.codec.PayloadCodec;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication.Type;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.io.ResourceLoader;
import org.springframework.http.HttpMethod;
import org.springframework.util.ClassUtils;
import org.springframework.web.servlet.config.annotation.CorsRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * Serves the application's {@link PayloadCodec} beans to the Temporal UI and CLI when {@code
 * temporal.codec-server.enabled} is true, as Spring MVC routes with CORS for the allowed origins.
 */
@AutoConfiguration
@ConditionalOnClass({PayloadCodec.class, JsonFormat.class, RouterFunction.class})
@ConditionalOnWebApplication(type = Type.SERVLET)
@ConditionalOnTemporalSwitch("temporal.codec-server.enabled")
@EnableConfigurationProperties(TemporalProperties.class)
public class TemporalCodecServerAutoConfiguration {

  static final String SECURITY_CLASS = "org.springframework.security.web.SecurityFilterChain";

  @Bean
  @ConditionalOnMissingBean
  PayloadCodecService temporalPayloadCodecService(
      TemporalProperties properties,
      ObjectProvider<PayloadCodec> codecs,
      ResourceLoader resourceLoader) {
    CodecServerProperties codecServer = properties.getCodecServer();
    if (!codecServer.isAllowUnauthenticated()
        && !ClassUtils.isPresent(SECURITY_CLASS, resourceLoader.getClassLoader())) {
      throw new InvalidTemporalPropertyException(
          "temporal.codec-server.allow-unauthenticated",
          "the codec server is enabled, but Spring Security is not on the classpath: anyone who"
              + " can reach the application could decrypt payloads.",
          "Add Spring Security (spring-boot-starter-security) and secure "
              + codecServer.getPath()
              + "/**, or set temporal.codec-server.allow-unauthenticated=true if the network"
              + " already restricts access.");
    }
    List<PayloadCodec> list = codecs.orderedStream().toList();
    if (list.isEmpty()) {
      throw new InvalidTemporalPropertyException(
          "temporal.codec-server.enabled",
          "it is true, but the application has no PayloadCodec bean to serve.",
          "Declare the io.temporal.payload.codec.PayloadCodec bean that encodes your payloads, or"
              + " set temporal.codec-server.enabled=false.");
    }
    if (!codecServer.getPath().startsWith("/")) {
      throw new InvalidTemporalPropertyException(
          "temporal.codec-server.path",
          "'" + codecServer.getPath() + "' does not start with '/'.",
          "Set temporal.codec-server.path to an absolute path, such as /temporal/codec.");
    }
    return new PayloadCodecService(list);
  }

  @Bean
  RouterFunction<ServerResponse> temporalCodecServerRoutes(
      PayloadCodecService service, TemporalProperties properties) {
    CodecServerProperties codecServer = properties.getCodecServer();
    return new CodecServerRoutes(service, codecServer.getMaxRequestSize())
        .routes(trimmed(codecServer.getPath()));
  }

  @Bean
  WebMvcConfigurer temporalCodecServerCors(TemporalProperties properties) {
    CodecServerProperties codecServer = properties.getCodecServer();
    return new WebMvcConfigurer() {
      @Override
      public void addCorsMappings(CorsRegistry registry) {
        registry
            .addMapping(trimmed(codecServer.getPath()) + "/**")
            // Patterns, unlike plain origins, may be "*" while credentials are allowed.
            .allowedOriginPatterns(codecServer.getAllowedOrigins().toArray(String[]::new))
            .allowedMethods(HttpMethod.POST.name())
            .allowedHeaders("Content-Type", CodecServerRoutes.NAMESPACE_HEADER, "Authorization")
            .allowCredentials(true);
      }
    };
  }

  private static String trimmed(String path) {
    return path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
  }
}
