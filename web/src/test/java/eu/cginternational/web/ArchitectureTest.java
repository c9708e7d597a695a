package eu.cginternational.web;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.properties.CanBeAnnotated.Predicates.annotatedWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Singleton;
import jakarta.ejb.Stateful;
import jakarta.ejb.Stateless;
import jakarta.persistence.PersistenceException;
import java.lang.annotation.Annotation;
import java.util.List;

/** The rules of DESIGN.md's architecture, over the classes of all three modules: a change that breaks one fails the build. */
@AnalyzeClasses(packages = "eu.cginternational", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final List<Class<? extends Annotation>> CALLER_RULES = List.of(RolesAllowed.class, PermitAll.class, DenyAll.class);

    @ArchTest
    static final ArchRule theDomainUsesPersistenceAndValidationOnly = classes()
            .that().resideInAPackage("eu.cginternational.domain..")
            .should().onlyDependOnClassesThat().resideInAnyPackage(
                    "eu.cginternational.domain..", "java..", "jakarta.persistence..", "jakarta.validation..");

    @ArchTest
    static final ArchRule aServiceNeverKnowsAboutFaces = noClasses()
            .that().resideInAPackage("eu.cginternational.service..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "eu.cginternational.web..", "jakarta.faces..", "org.primefaces..", "org.omnifaces..", "jakarta.servlet..");

    /** Views and REST resources go through the services; they may only recognise a service's persistence exceptions. */
    @ArchTest
    static final ArchRule theWebLayerNeverTalksToTheDatabase = noClasses()
            .that().resideInAPackage("eu.cginternational.web..")
            .should().dependOnClassesThat(resideInAPackage("jakarta.persistence..").and(not(assignableTo(PersistenceException.class))))
            .orShould().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..");

    /** The business methods of every session bean; a static method is no business method, the container never calls it. */
    @ArchTest
    static final ArchRule everyServiceMethodSaysWhoMayCallIt = methods()
            .that().arePublic().and().areNotStatic()
            .and().areDeclaredInClassesThat(annotatedWith(Stateless.class).or(annotatedWith(Singleton.class)).or(annotatedWith(Stateful.class)))
            .should(sayWhoMayCallThem());

    private static ArchCondition<JavaMethod> sayWhoMayCallThem() {
        return new ArchCondition<>("say who may call them (@RolesAllowed, @PermitAll or @DenyAll on the method or its bean)") {
            @Override
            public void check(JavaMethod method, ConditionEvents events) {
                boolean stated = CALLER_RULES.stream().anyMatch(
                        rule -> method.isAnnotatedWith(rule) || method.getOwner().isAnnotatedWith(rule));
                events.add(new SimpleConditionEvent(method, stated, method.getFullName() + " says nothing of who may call it"));
            }
        };
    }
}
