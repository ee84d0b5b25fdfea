package dev.temporalboot.bench.boot;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The benchmark worker on Temporal Boot's defaults. */
@SpringBootApplication
public class BootWorkerApp {

  public static void main(String[] args) {
    SpringApplication.run(BootWorkerApp.class, args);
  }
}
