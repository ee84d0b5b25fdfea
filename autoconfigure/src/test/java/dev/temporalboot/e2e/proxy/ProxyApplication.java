package dev.temporalboot.e2e.proxy;

import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.EnableTransactionManagement;
import org.springframework.transaction.support.AbstractPlatformTransactionManager;
import org.springframework.transaction.support.DefaultTransactionStatus;

/** An activity bean behind @Transactional and a custom aspect. */
@SpringBootApplication
@EnableTransactionManagement
public class ProxyApplication {

  @Bean
  AuditAspect auditAspect() {
    return new AuditAspect();
  }

  @Bean
  CountingTransactionManager transactionManager() {
    return new CountingTransactionManager();
  }

  /** A resource-less transaction manager that counts commits. */
  public static class CountingTransactionManager extends AbstractPlatformTransactionManager
      implements PlatformTransactionManager {

    public final AtomicInteger commits = new AtomicInteger();

    @Override
    protected Object doGetTransaction() {
      return new Object();
    }

    @Override
    protected void doBegin(Object transaction, TransactionDefinition definition) {}

    @Override
    protected void doCommit(DefaultTransactionStatus status) {
      this.commits.incrementAndGet();
    }

    @Override
    protected void doRollback(DefaultTransactionStatus status) {}
  }
}
