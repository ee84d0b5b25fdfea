package dev.temporalboot.internal.schedule;

import io.temporal.client.schedules.Schedule;

/**
 * A declared schedule resolved against the application: the SDK schedule to write and the hash that
 * says whether the server's copy was written from the same declaration.
 *
 * @param declaration what configuration declared
 * @param workflowInterface the workflow interface it starts
 * @param schedule the schedule to create or update
 * @param hash the hash of the declaration, which the schedule carries
 */
public record ResolvedSchedule(
    ScheduleDeclaration declaration, Class<?> workflowInterface, Schedule schedule, String hash) {

  /** Returns the schedule id. */
  public String id() {
    return this.declaration.id();
  }
}
