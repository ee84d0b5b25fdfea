package dev.temporalboot.e2e.codec.secured;

import static org.springframework.security.config.Customizer.withDefaults;

import dev.temporalboot.e2e.codec.XorPayloadCodec;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;

/**
 * A codec server behind the application's own Spring Security filter chain: HTTP basic, and CORS
 * from Spring MVC's configuration, so browser preflights pass before authentication.
 */
@SpringBootApplication
@EnableWebSecurity
public class SecuredCodecApplication {

  @Bean
  XorPayloadCodec xorPayloadCodec() {
    return new XorPayloadCodec();
  }

  @Bean
  SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
    return http.authorizeHttpRequests((requests) -> requests.anyRequest().authenticated())
        .httpBasic(withDefaults())
        .cors(withDefaults())
        .csrf(AbstractHttpConfigurer::disable)
        .build();
  }

  @Bean
  InMemoryUserDetailsManager users() {
    return new InMemoryUserDetailsManager(
        User.withUsername("operator").password("{noop}secret").roles("OPS").build());
  }
}
