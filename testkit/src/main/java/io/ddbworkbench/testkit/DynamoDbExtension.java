package io.ddbworkbench.testkit;

import io.ddbworkbench.toolkit.connect.Backend;
import io.ddbworkbench.toolkit.connect.BackendProviders;
import io.ddbworkbench.toolkit.connect.Settings;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Executable;
import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * Hands tests DynamoDB clients for the selected backend (see {@link DynamoDbTest}). Each test class gets its
 * own {@link ClassBackend}, created on first use and kept in the class's extension store, so classes running
 * in parallel never share an engine or a table namespace. Settings are read from JUnit configuration
 * parameters first (which include system properties), then environment variables.
 */
public final class DynamoDbExtension implements ExecutionCondition, ParameterResolver {
    private static final ExtensionContext.Namespace STORE = ExtensionContext.Namespace.create(DynamoDbExtension.class);

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        Settings settings = settings(context);
        Backend backend = Backend.selected(settings);
        Optional<String> unavailable = BackendProviders.of(backend).unavailableReason(settings);
        if (unavailable.isPresent()) {
            return ConditionEvaluationResult.disabled("Skipped on the " + backend.settingValue() + " backend: "
                    + unavailable.get());
        }
        if (backend != Backend.EMBEDDED && needsEmbeddedEngine(context)) {
            return ConditionEvaluationResult.disabled("Needs the embedded engine's test knobs (clock, faults), "
                    + "which the " + backend.settingValue() + " backend does not have; runs with DDB_BACKEND=embedded");
        }
        return ConditionEvaluationResult.enabled("DynamoDB backend: " + backend.settingValue());
    }

    private static boolean needsEmbeddedEngine(ExtensionContext context) {
        Optional<AnnotatedElement> element = context.getElement();
        if (element.map(e -> e.isAnnotationPresent(EmbeddedOnly.class)).orElse(false)) {
            return true;
        }
        if (context.getTestMethod().isPresent()) {
            return asksForEngine(context.getTestMethod().get());
        }
        return context.getTestClass()
                .map(type -> Arrays.stream(type.getDeclaredConstructors()).anyMatch(DynamoDbExtension::asksForEngine))
                .orElse(false);
    }

    private static boolean asksForEngine(Executable executable) {
        return Arrays.stream(executable.getParameterTypes()).anyMatch(ClassBackend.EMBEDDED_ONLY_TYPES::contains);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return ClassBackend.canResolve(parameter.getParameter().getType());
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return classBackend(context).resolve(parameter.getParameter().getType());
    }

    private static ClassBackend classBackend(ExtensionContext context) {
        ExtensionContext classContext = context;
        while (classContext.getTestMethod().isPresent() && classContext.getParent().isPresent()) {
            classContext = classContext.getParent().get();
        }
        Settings settings = settings(classContext);
        Optional<SimulatedThroughput> throughput = classContext.getTestClass()
                .flatMap(type -> AnnotationSupport.findAnnotation(type, SimulatedThroughput.class));
        return classContext.getStore(STORE).getOrComputeIfAbsent(ClassBackend.class,
                key -> ClassBackend.open(settings, throughput), ClassBackend.class);
    }

    private static Settings settings(ExtensionContext context) {
        Settings junitParameters = context::getConfigurationParameter;
        return junitParameters.orElse(Settings.fromSystem());
    }
}
