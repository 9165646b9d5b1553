package vn.emulation.jakarta;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.enterprise.context.ApplicationScoped;
import org.junit.jupiter.api.Test;

/**
 * The adapter's layering rules (ADR 0021), checked on its compiled classes: the use cases depend on
 * ports, never on the web or the database; persistence implements ports and never reaches the web;
 * and no two packages depend on each other, directly or round a loop.
 */
class LayeringTest {

  private static final JavaClasses ADAPTER =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("vn.emulation.jakarta");

  @Test
  void theApplicationKnowsNeitherTheWebNorTheDatabase() {
    noClasses()
        .that()
        .resideInAPackage("vn.emulation.jakarta.application..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "vn.emulation.jakarta.interfaces..",
            "vn.emulation.jakarta.infrastructure.persistence..",
            "jakarta.ws.rs..",
            "jakarta.persistence..")
        .because("use cases inject ports, which the adapters implement")
        .check(ADAPTER);
  }

  @Test
  void persistenceDoesNotReachTheWeb() {
    noClasses()
        .that()
        .resideInAPackage("vn.emulation.jakarta.infrastructure.persistence..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("vn.emulation.jakarta.interfaces..")
        .check(ADAPTER);
  }

  /** A use case: a bean of the application; its ports are interfaces, their records no beans. */
  private static final DescribedPredicate<JavaClass> USE_CASE =
      DescribedPredicate.describe(
          "a use case (a CDI bean of the application)",
          c ->
              c.getPackageName().startsWith("vn.emulation.jakarta.application")
                  && !c.isInterface()
                  && c.isAnnotatedWith(ApplicationScoped.class));

  @Test
  void persistenceUsesPortsAndTheirRecordsNeverUseCases() {
    noClasses()
        .that()
        .resideInAPackage("vn.emulation.jakarta.infrastructure.persistence..")
        .should()
        .dependOnClassesThat(USE_CASE)
        .check(ADAPTER);
  }

  @Test
  void thePackagesFormNoCycle() {
    slices().matching("vn.emulation.(**)").should().beFreeOfCycles().check(ADAPTER);
  }
}
