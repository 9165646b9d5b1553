package vn.emulation.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The core's layering rules (ADR 0021), checked on its compiled classes: it embeds anywhere, so it
 * uses the JDK and itself only, and its packages form no cycle.
 */
class LayeringTest {

  private static final JavaClasses CORE =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("vn.emulation.core");

  @Test
  void theCoreDependsOnTheJdkAndItselfOnly() {
    classes()
        .that()
        .resideInAPackage("vn.emulation.core..")
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage("java..", "vn.emulation.core..")
        .because("the core embeds anywhere: no JSON, JPA or HTTP (ADR 1)")
        .check(CORE);
  }

  @Test
  void theCorePackagesFormNoCycle() {
    slices().matching("vn.emulation.(**)").should().beFreeOfCycles().check(CORE);
  }
}
