package dev.crmkit.core.arch;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.AccessTarget;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * CRMKit's architecture rules, as static {@link ArchRule}s. Every module's architecture test imports the
 * production classes with {@link #importProductionClasses()} and checks the rules that apply to it; the
 * rules only constrain the packages they name, so checking all of them in every module is safe.
 *
 * <p>The rules built from factory methods (e.g. {@link #freeOfCycles(String)}) are also used by
 * {@code CrmArchitectureRulesTest} against deliberately broken fixture classes, which proves each rule
 * can fail.
 */
public final class CrmArchitectureRules {
    /** The base package of every CRMKit class. */
    public static final String BASE_PACKAGE = "dev.crmkit";

    /** The one class allowed to read the system clock and make random UUIDs. */
    public static final String ID_AND_CLOCK_CLASS = "dev.crmkit.core.model.shared.UuidV7Generator";

    /** The aggregate roots of the model; they reference each other only by id. */
    public static final List<String> AGGREGATES = List.of(
            "dev.crmkit.core.model.account.Account",
            "dev.crmkit.core.model.contact.Contact",
            "dev.crmkit.core.model.deal.Deal",
            "dev.crmkit.core.model.pipeline.Pipeline",
            "dev.crmkit.core.model.activity.Activity",
            "dev.crmkit.core.model.property.PropertyDefinition");

    private static final Set<String> TIME_TYPES = Set.of("java.time.Instant", "java.time.LocalDate",
            "java.time.LocalDateTime", "java.time.LocalTime", "java.time.ZonedDateTime", "java.time.OffsetDateTime",
            "java.time.OffsetTime", "java.time.Year", "java.time.YearMonth", "java.time.MonthDay");

    /** crm-core is pure: no JDBC, no file system, no network, and nothing from the modules built on it. */
    public static final ArchRule CORE_IS_PURE = noClasses().that().resideInAPackage("dev.crmkit.core..")
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "java.nio.file..", "java.net..",
                    "dev.crmkit.spi..", "dev.crmkit.jdbc..", "dev.crmkit.examples..", "dev.crmkit")
            .because("crm-core is a pure library: storage, files and network belong to the modules built on it");

    /** No dependency cycles between the top-level packages of crm-core. */
    public static final ArchRule CORE_PACKAGES_ARE_FREE_OF_CYCLES = freeOfCycles("dev.crmkit.core.(*)..");

    /** No dependency cycles between the packages of the model. */
    public static final ArchRule MODEL_PACKAGES_ARE_FREE_OF_CYCLES = freeOfCycles("dev.crmkit.core.model.(*)..");

    /**
     * Modules depend one way: core &lt;- spi (every other {@code dev.crmkit} package: the SPI, the façade, events,
     * imports) &lt;- jdbc
     * &lt;- examples. Layers without classes on the classpath are skipped.
     */
    public static final ArchRule MODULES_DEPEND_ONE_WAY = layeredArchitecture()
            .consideringOnlyDependenciesInAnyPackage(BASE_PACKAGE + "..")
            .withOptionalLayers(true)
            .layer("core").definedBy("dev.crmkit.core..")
            .layer("spi").definedBy(describe("dev.crmkit.. outside core, jdbc and examples (the SPI module's packages)",
                    (JavaClass c) -> c.getPackageName().startsWith(BASE_PACKAGE)
                            && !c.getPackageName().startsWith("dev.crmkit.core")
                            && !c.getPackageName().startsWith("dev.crmkit.jdbc")
                            && !c.getPackageName().startsWith("dev.crmkit.examples")))
            .layer("jdbc").definedBy("dev.crmkit.jdbc..")
            .layer("examples").definedBy("dev.crmkit.examples..")
            .whereLayer("examples").mayNotBeAccessedByAnyLayer()
            .whereLayer("jdbc").mayOnlyBeAccessedByLayers("examples")
            .whereLayer("spi").mayOnlyBeAccessedByLayers("jdbc", "examples")
            .whereLayer("core").mayOnlyBeAccessedByLayers("spi", "jdbc", "examples");

    /** Time and ids are injected: no system clock and no random UUIDs outside {@link #ID_AND_CLOCK_CLASS}. */
    public static final ArchRule NO_SYSTEM_CLOCK_OR_RANDOM_UUID = noSystemClockOrRandomUuid(BASE_PACKAGE + "..");

    /** Every public exception of CRMKit is a {@code CrmException}, so callers can catch them all at once. */
    public static final ArchRule EXCEPTIONS_EXTEND_CRM_EXCEPTION = exceptionsExtendCrmException(BASE_PACKAGE + "..");

    /** Types of {@code internal} packages never appear in the public signatures of API classes. */
    public static final ArchRule INTERNAL_TYPES_STAY_INTERNAL = internalTypesStayInternal(BASE_PACKAGE + "..");

    /** Aggregates reference each other only by id: no field, method result or parameter of another aggregate's type. */
    public static final ArchRule AGGREGATES_REFERENCE_EACH_OTHER_BY_ID = aggregatesReferenceEachOtherById(AGGREGATES);

    private CrmArchitectureRules() {
    }

    /**
     * CRMKit's production classes on the classpath (test classes excluded). Imported once per JVM and
     * shared, as imports are immutable and take seconds.
     */
    public static JavaClasses importProductionClasses() {
        return ProductionClasses.CLASSES;
    }

    /** Lazy holder: the import runs on first use. */
    private static final class ProductionClasses {
        static final JavaClasses CLASSES = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                // test-jars (this module's rules, the TCK) hold test code, including deliberately broken fixtures
                .withImportOption(location -> !location.contains("-tests.jar"))
                .importPackages(BASE_PACKAGE);
    }

    /** No cycles between the slices matching {@code slicePattern} (e.g. {@code "dev.crmkit.core.(*).."}). */
    public static ArchRule freeOfCycles(String slicePattern) {
        return slices().matching(slicePattern).should().beFreeOfCycles();
    }

    /** Classes in {@code packages} neither read the system clock nor make random UUIDs. */
    public static ArchRule noSystemClockOrRandomUuid(String... packages) {
        return classes().that().resideInAnyPackage(packages).and().doNotHaveFullyQualifiedName(ID_AND_CLOCK_CLASS)
                .should(new ArchCondition<JavaClass>("not read the system clock or make random UUIDs (inject a Clock and an IdGenerator)") {
                    @Override
                    public void check(JavaClass javaClass, ConditionEvents events) {
                        // Calls and method references (Instant::now) alike.
                        javaClass.getCodeUnitAccessesFromSelf().stream()
                                .filter(access -> readsSystemTimeOrRandomness(access.getTarget()))
                                .forEach(access -> events.add(SimpleConditionEvent.violated(access, access.getDescription())));
                    }
                })
                .allowEmptyShould(true);
    }

    private static boolean readsSystemTimeOrRandomness(AccessTarget.CodeUnitAccessTarget target) {
        String owner = target.getOwner().getName();
        String name = target.getName();
        if (name.equals("now") && TIME_TYPES.contains(owner)) {
            List<JavaClass> parameters = target.getRawParameterTypes();
            // now(Clock) reads the injected clock; now() and now(ZoneId) read the system clock.
            return !(parameters.size() == 1 && parameters.get(0).isEquivalentTo(Clock.class));
        }
        return (owner.equals("java.lang.System") && name.equals("currentTimeMillis"))
                || (owner.equals("java.util.UUID") && name.equals("randomUUID"));
    }

    /** Public throwables, and public classes named {@code *Exception}, in {@code packages} extend {@code CrmException}. */
    public static ArchRule exceptionsExtendCrmException(String... packages) {
        DescribedPredicate<JavaClass> exceptionLike = describe("are throwables or named *Exception",
                c -> c.isAssignableTo(Throwable.class) || c.getSimpleName().endsWith("Exception"));
        return classes().that().resideInAnyPackage(packages).and().arePublic().and(exceptionLike)
                .should().beAssignableTo("dev.crmkit.core.error.CrmException")
                .allowEmptyShould(true);
    }

    /**
     * Public classes outside {@code ..internal..} packages do not use internal types in their public
     * signatures: superclass, interfaces, public fields, and public methods' and constructors' results and
     * parameters (generic type arguments included).
     */
    public static ArchRule internalTypesStayInternal(String... packages) {
        return classes().that().resideInAnyPackage(packages).and().resideOutsideOfPackage("..internal..").and().arePublic()
                .should(new ArchCondition<JavaClass>("not expose types of internal packages in public signatures") {
                    @Override
                    public void check(JavaClass javaClass, ConditionEvents events) {
                        List<String> exposed = new ArrayList<>();
                        javaClass.getRawSuperclass().ifPresent(s -> exposeIfInternal(s, "extends", exposed));
                        javaClass.getRawInterfaces().forEach(i -> exposeIfInternal(i, "implements", exposed));
                        for (JavaField field : javaClass.getFields()) {
                            if (isPublic(field)) {
                                involvedTypes(field.getType()).forEach(t -> exposeIfInternal(t, "field " + field.getName(), exposed));
                            }
                        }
                        for (JavaCodeUnit codeUnit : javaClass.getCodeUnits()) {
                            if (isPublic(codeUnit)) {
                                involvedTypes(codeUnit.getReturnType())
                                        .forEach(t -> exposeIfInternal(t, codeUnit.getFullName() + " returns", exposed));
                                codeUnit.getParameterTypes().stream().flatMap(p -> involvedTypes(p).stream())
                                        .forEach(t -> exposeIfInternal(t, codeUnit.getFullName() + " takes", exposed));
                            }
                        }
                        for (String exposure : exposed) {
                            events.add(SimpleConditionEvent.violated(javaClass, javaClass.getName() + ": " + exposure));
                        }
                    }
                })
                .allowEmptyShould(true);
    }

    private static boolean isPublic(JavaMember member) {
        return member.getModifiers().contains(JavaModifier.PUBLIC);
    }

    private static Set<JavaClass> involvedTypes(JavaType type) {
        return type.getAllInvolvedRawTypes();
    }

    private static void exposeIfInternal(JavaClass type, String where, List<String> exposed) {
        if (("." + type.getPackageName() + ".").contains(".internal.")) {
            exposed.add(where + " " + type.getName());
        }
    }

    /**
     * The listed aggregates (and their generated builders, abstract bases and nested types) have no field,
     * method result or method parameter whose type involves another aggregate.
     *
     * @param aggregates fully qualified names of the aggregate classes; a class {@code p.X} also covers
     *                   {@code p.AbstractX} and every class nested in either
     */
    public static ArchRule aggregatesReferenceEachOtherById(List<String> aggregates) {
        DescribedPredicate<JavaClass> partOfAnAggregate = describe("belong to an aggregate " + aggregates,
                c -> aggregateOf(c, aggregates).isPresent());
        return classes().that(partOfAnAggregate)
                .should(new ArchCondition<JavaClass>("reference other aggregates only by id") {
                    @Override
                    public void check(JavaClass javaClass, ConditionEvents events) {
                        String own = aggregateOf(javaClass, aggregates).orElseThrow();
                        for (JavaField field : javaClass.getFields()) {
                            foreignAggregates(involvedTypes(field.getType()), own, aggregates).forEach(a -> events.add(
                                    SimpleConditionEvent.violated(field, field.getFullName() + " holds aggregate " + a)));
                        }
                        for (JavaCodeUnit codeUnit : javaClass.getCodeUnits()) {
                            foreignAggregates(involvedTypes(codeUnit.getReturnType()), own, aggregates).forEach(a -> events.add(
                                    SimpleConditionEvent.violated(codeUnit, codeUnit.getFullName() + " returns aggregate " + a)));
                            for (JavaType parameter : codeUnit.getParameterTypes()) {
                                foreignAggregates(involvedTypes(parameter), own, aggregates).forEach(a -> events.add(
                                        SimpleConditionEvent.violated(codeUnit, codeUnit.getFullName() + " takes aggregate " + a)));
                            }
                        }
                    }
                });
    }

    private static Stream<String> foreignAggregates(Set<JavaClass> types, String own, List<String> aggregates) {
        return types.stream().map(t -> aggregateOf(t, aggregates)).flatMap(Optional::stream).filter(a -> !a.equals(own)).distinct();
    }

    /** The aggregate a class belongs to: itself, its {@code Abstract*} base, or a class nested in either. */
    private static Optional<String> aggregateOf(JavaClass javaClass, List<String> aggregates) {
        JavaClass outermost = javaClass;
        while (outermost.getEnclosingClass().isPresent()) {
            outermost = outermost.getEnclosingClass().get();
        }
        String name = outermost.getName();
        for (String aggregate : aggregates) {
            int dot = aggregate.lastIndexOf('.');
            String abstractName = aggregate.substring(0, dot + 1) + "Abstract" + aggregate.substring(dot + 1);
            if (name.equals(aggregate) || name.equals(abstractName)) {
                return Optional.of(aggregate);
            }
        }
        return Optional.empty();
    }
}
