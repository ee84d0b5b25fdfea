package dev.temporalboot.e2e.mdc;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** A workflow and an activity that log, for the MDC tests. */
@SpringBootApplication
public class MdcApplication {}
