package dev.temporalboot.e2e.nexustrace;

import io.nexusrpc.Operation;
import io.nexusrpc.Service;

/** The credit team's operations, behind a Nexus endpoint. */
@Service
public interface CreditService {

  /** A workflow-run operation: a credit check workflow that scores the applicant. */
  @Operation
  String check(String applicant);

  /** A workflow-run operation whose workflow waits until it is cancelled. */
  @Operation
  String hold(String applicant);
}
