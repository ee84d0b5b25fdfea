package dev.temporalboot.testclock;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Workflows that wait for the clock, apart from the other test applications' packages. */
@SpringBootApplication
public class ClockTestApplication {}
