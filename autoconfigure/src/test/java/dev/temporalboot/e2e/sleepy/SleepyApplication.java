package dev.temporalboot.e2e.sleepy;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** A workflow that sleeps for weeks, for the time-skipping tests. */
@SpringBootApplication
public class SleepyApplication {}
