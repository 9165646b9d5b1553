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
 * The adapter's layering rules (ADR 0021, 0025), checked on its compiled classes: the use cases
 * depend on ports, never on the web, the database or a file format; persistence and the file
 * formats implement ports and never reach the web or a use case; and no two packages depend on each
 * other, directly or round a loop.
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
  void theApplicationReadsAndWritesNoFileFormat() {
    noClasses()
        .that()
        .resideInAPackage("vn.emulation.jakarta.application..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "vn.emulation.jakarta.format..",
            "org.apache.commons.csv..",
            "org.apache.commons.compress..",
            "org.apache.poi..",
            // JSON-P: the parser, the generator and their factories; JSON-B is the next rule's
            "jakarta.json",
            "jakarta.json.stream..",
            "jakarta.json.spi..")
        .because(
            "file formats are adapters (ADR 0025): use cases get typed rows and plans through"
                + " ports, and answer values that the edge writes as files")
        .check(ADAPTER);
  }

  /**
   * JSON-B in the application only where the audit log writes a target's state as the API shows it
   * ({@code AuditStates}, ADR 0025); no use case reads or writes JSON itself.
   */
  @Test
  void onlyTheAuditLogsStatesUseJsonB() {
    noClasses()
        .that()
        .resideInAPackage("vn.emulation.jakarta.application..")
        .and()
        .doNotHaveFullyQualifiedName("vn.emulation.jakarta.application.audit.AuditStates")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("jakarta.json.bind..")
        .check(ADAPTER);
  }

  @Test
  void fileFormatsKnowNeitherTheWebNorUseCases() {
    noClasses()
        .that()
        .resideInAPackage("vn.emulation.jakarta.format..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("vn.emulation.jakarta.interfaces..")
        .orShould()
        .dependOnClassesThat(USE_CASE)
        .because("a format turns files into the application's values and back, nothing more")
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
