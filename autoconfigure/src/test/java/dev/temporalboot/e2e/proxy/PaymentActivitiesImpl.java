package dev.temporalboot.e2e.proxy;

import dev.temporalboot.ActivityImpl;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;

@Service
@ActivityImpl(taskQueues = "payments")
public class PaymentActivitiesImpl implements PaymentActivities {

  @Override
  @Transactional
  @Audited
  public boolean charge(String orderId) {
    return TransactionSynchronizationManager.isActualTransactionActive();
  }
}
