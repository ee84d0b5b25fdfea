package dev.temporalboot.bench.official;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The benchmark worker on the official starter's defaults. */
@SpringBootApplication
public class OfficialWorkerApp {

  public static void main(String[] args) {
    SpringApplication.run(OfficialWorkerApp.class, args);
  }
}
