package dev.temporalboot.internal.nexus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import io.nexusrpc.Operation;
import io.nexusrpc.Service;
import io.nexusrpc.handler.OperationContext;
import io.nexusrpc.handler.OperationHandler;
import io.nexusrpc.handler.OperationImpl;
import io.nexusrpc.handler.OperationStartDetails;
import io.nexusrpc.handler.ServiceImpl;
import io.nexusrpc.handler.ServiceImplInstance;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.aop.framework.ProxyFactory;

/** The generated delegate passes the Nexus SDK's own checks and calls the bean on every start. */
class NexusServiceDelegateTests {

  @Test
  void delegateWithGenericPayloadTypesPassesTheSdksChecks() {
    NexusServiceBean bean = NexusServiceBean.of("catalog", new CatalogServiceImpl(), "");

    ServiceImplInstance instance = ServiceImplInstance.fromInstance(bean.registration());

    assertThat(instance.getDefinition().getName()).isEqualTo("CatalogService");
    assertThat(instance.getOperationHandlers()).containsOnlyKeys("lookup", "tag", "count");
  }

  @Test
  void everyStartAsksTheBeanThroughItsProxyForTheHandler() throws Exception {
    AtomicInteger advised = new AtomicInteger();
    ProxyFactory factory = new ProxyFactory(new CatalogServiceImpl());
    factory.setProxyTargetClass(true);
    factory.addAdvice(
        (org.aopalliance.intercept.MethodInterceptor)
            (invocation) -> {
              advised.incrementAndGet();
              return invocation.proceed();
            });
    NexusServiceBean bean = NexusServiceBean.of("catalog", factory.getProxy(), "");
    OperationHandler<Object, Object> count =
        ServiceImplInstance.fromInstance(bean.registration()).getOperationHandlers().get("count");
    assertThat(advised).as("nothing asked at registration").hasValue(0);

    Object first = count.start(context(), details(), "a").getSyncResult();
    Object second = count.start(context(), details(), "b").getSyncResult();

    assertThat(first).isEqualTo(1);
    assertThat(second).isEqualTo(2);
    assertThat(advised).hasValue(2);
  }

  @Test
  void handlerMethodThatReturnsNothingIsReportedByBeanAndMethod() {
    NexusServiceBean bean = NexusServiceBean.of("catalog", new NullCatalogServiceImpl(), "");
    OperationHandler<Object, Object> lookup =
        ServiceImplInstance.fromInstance(bean.registration()).getOperationHandlers().get("lookup");

    assertThatIllegalStateException()
        .isThrownBy(() -> lookup.start(context(), details(), List.of("x")))
        .withMessageContaining("bean 'catalog' returned no OperationHandler from lookup()");
  }

  @Test
  void signatureOfNestedAndWildcardTypes() throws Exception {
    assertThat(
            NexusServiceDelegates.signature(
                Holder.class.getDeclaredField("field").getGenericType()))
        .isEqualTo("Ljava/util/Map<Ljava/lang/String;+Ljava/util/List<[I>;>;");
  }

  private static OperationContext context() {
    return OperationContext.newBuilder().setService("CatalogService").setOperation("count").build();
  }

  private static OperationStartDetails details() {
    return OperationStartDetails.newBuilder().setRequestId("request").build();
  }

  /** A service whose payloads are generic types. */
  @Service
  public interface CatalogService {

    @Operation
    Map<String, Integer> lookup(List<String> keys);

    @Operation
    List<Map<String, List<Long>>> tag(String item);

    @Operation
    int count(String item);
  }

  @ServiceImpl(service = CatalogService.class)
  public static class CatalogServiceImpl {

    private final AtomicInteger counted = new AtomicInteger();

    @OperationImpl
    public OperationHandler<List<String>, Map<String, Integer>> lookup() {
      return OperationHandler.sync((context, details, keys) -> Map.of("size", keys.size()));
    }

    @OperationImpl
    public OperationHandler<String, List<Map<String, List<Long>>>> tag() {
      return OperationHandler.sync((context, details, item) -> List.of());
    }

    @OperationImpl
    public OperationHandler<String, Integer> count() {
      return OperationHandler.sync((context, details, item) -> this.counted.incrementAndGet());
    }
  }

  @ServiceImpl(service = CatalogService.class)
  public static class NullCatalogServiceImpl extends CatalogServiceImpl {

    @Override
    @OperationImpl
    public OperationHandler<List<String>, Map<String, Integer>> lookup() {
      return null;
    }
  }

  static class Holder {
    Map<String, ? extends List<int[]>> field;
  }
}
