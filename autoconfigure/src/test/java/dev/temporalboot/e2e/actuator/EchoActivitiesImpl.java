package dev.temporalboot.e2e.actuator;

import dev.temporalboot.ActivityImpl;
import io.temporal.failure.ApplicationFailure;
import java.util.Locale;
import org.springframework.stereotype.Component;

@Component
@ActivityImpl(taskQueues = "echo")
public class EchoActivitiesImpl implements EchoActivities {

  /** The one text the activity refuses, for tests of failed runs. */
  static final String REFUSED = "refuse";

  @Override
  public String shout(String text) {
    if (text.equals(REFUSED)) {
      throw ApplicationFailure.newNonRetryableFailure(
          "refusing to shout '" + text + "'", "Refused");
    }
    return text.toUpperCase(Locale.ROOT);
  }
}
