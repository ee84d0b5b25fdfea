package dev.temporalboot.e2e.nexus.app;

import java.util.concurrent.atomic.AtomicInteger;
import org.aspectj.lang.ProceedingJoinPoint;
import org.aspectj.lang.annotation.Around;
import org.aspectj.lang.annotation.Aspect;
import org.springframework.stereotype.Component;

/** Counts calls of {@link Counted} methods: proves the worker goes through the bean's proxy. */
@Aspect
@Component
public class CountingAspect {

  public final AtomicInteger calls = new AtomicInteger();

  @Around("@annotation(dev.temporalboot.e2e.nexus.app.Counted)")
  public Object count(ProceedingJoinPoint joinPoint) throws Throwable {
    this.calls.incrementAndGet();
    return joinPoint.proceed();
  }
}
