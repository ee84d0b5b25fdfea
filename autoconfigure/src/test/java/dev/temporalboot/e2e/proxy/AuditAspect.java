package dev.temporalboot.e2e.proxy;

import java.util.concurrent.atomic.AtomicInteger;
import org.aspectj.lang.ProceedingJoinPoint;
import org.aspectj.lang.annotation.Around;
import org.aspectj.lang.annotation.Aspect;

/** A custom aspect: proves that the worker calls the proxy, not the raw target. */
@Aspect
public class AuditAspect {

  public final AtomicInteger calls = new AtomicInteger();

  @Around("@annotation(dev.temporalboot.e2e.proxy.Audited)")
  public Object count(ProceedingJoinPoint joinPoint) throws Throwable {
    this.calls.incrementAndGet();
    return joinPoint.proceed();
  }
}
