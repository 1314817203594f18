package io.ddbworkbench.testkit;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbRequest;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbResponse;

/**
 * Records every request that code under test sends through a client, so a test can check how it talked to
 * DynamoDB and not only what ended up stored: one conditional PutItem rather than a GetItem then a PutItem, a
 * Query rather than a Scan, no second read after a failed write. Works on every backend, as it only wraps the
 * client the code is handed.
 *
 * <pre>{@code
 * RequestLog log = RequestLog.around(ddb);
 * new Accounts(log.client(), table).register("ada", "ada@example.com");
 * assertThat(log.operations()).containsExactly("PutItem");
 * }</pre>
 *
 * <p>A test can also play a second client that writes at the worst moment, deterministically, with
 * {@link #afterEach}: "after every GetItem, someone else updates the item" makes a read-modify-write meet a
 * conflict on every attempt without threads or timing.
 */
public final class RequestLog {
    private final DynamoDbClient client;
    private final List<DynamoDbRequest> requests = new CopyOnWriteArrayList<>();
    private final List<DynamoDbResponse> responses = new CopyOnWriteArrayList<>();
    private final List<Consumer<DynamoDbRequest>> afterEach = new CopyOnWriteArrayList<>();

    private RequestLog(DynamoDbClient target) {
        this.client = (DynamoDbClient) Proxy.newProxyInstance(DynamoDbClient.class.getClassLoader(),
                new Class<?>[] {DynamoDbClient.class}, new Recorder(target));
    }

    /** A log of what goes through a new client that forwards everything to {@code target}. */
    public static RequestLog around(DynamoDbClient target) {
        return new RequestLog(target);
    }

    /** The client to hand to the code under test. Closing it does not close the target. */
    public DynamoDbClient client() {
        return client;
    }

    /** Every request so far, in the order they were sent (from any thread). */
    public List<DynamoDbRequest> requests() {
        return List.copyOf(requests);
    }

    /** The requests of one kind, such as {@code PutItemRequest.class}. */
    public <T extends DynamoDbRequest> List<T> requests(Class<T> type) {
        return requests.stream().filter(type::isInstance).map(type::cast).toList();
    }

    /**
     * The responses of one kind, such as {@code BatchWriteItemResponse.class}, in the order they arrived: what
     * the code under test was told, for instance which items a batch left unprocessed. A request that failed
     * has no response here.
     */
    public <T extends DynamoDbResponse> List<T> responses(Class<T> type) {
        return responses.stream().filter(type::isInstance).map(type::cast).toList();
    }

    /** The operation of every request so far, named as the API names it: {@code "PutItem"}, {@code "Query"}. */
    public List<String> operations() {
        return requests.stream().map(RequestLog::operationName).toList();
    }

    /**
     * Runs {@code action} after each successful request of {@code type}, before its response reaches the code
     * under test. The action should use the original client, so its own requests are not recorded.
     */
    public <T extends DynamoDbRequest> RequestLog afterEach(Class<T> type, Consumer<T> action) {
        afterEach.add(request -> {
            if (type.isInstance(request)) {
                action.accept(type.cast(request));
            }
        });
        return this;
    }

    /** Forgets what was recorded, for a test that checks one phase at a time. */
    public void clear() {
        requests.clear();
        responses.clear();
    }

    private static String operationName(DynamoDbRequest request) {
        String simpleName = request.getClass().getSimpleName();
        return simpleName.endsWith("Request") ? simpleName.substring(0, simpleName.length() - "Request".length())
                : simpleName;
    }

    /**
     * Every call arrives here. A call with a request builder lambda is replayed through the interface's own
     * default method, which builds the request and calls the proxy again with it, so both styles are recorded.
     */
    private final class Recorder implements InvocationHandler {
        private final DynamoDbClient target;

        Recorder(DynamoDbClient target) {
            this.target = target;
        }

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            if (method.getName().equals("close") && method.getParameterCount() == 0) {
                return null;
            }
            if (args != null && args.length == 1 && args[0] instanceof Consumer && method.isDefault()) {
                return InvocationHandler.invokeDefault(proxy, method, args);
            }
            DynamoDbRequest request = args != null && args.length == 1 && args[0] instanceof DynamoDbRequest sent
                    ? sent : null;
            if (request != null) {
                requests.add(request);
            }
            Object response;
            try {
                response = method.invoke(target, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
            if (response instanceof DynamoDbResponse answer) {
                responses.add(answer);
            }
            if (request != null) {
                afterEach.forEach(action -> action.accept(request));
            }
            return response;
        }
    }
}
