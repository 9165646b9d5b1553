package vn.emulation.jakarta;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.HttpMethod;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.emulation.jakarta.application.Page;
import vn.emulation.jakarta.application.plan.StoredPlan;

/**
 * The adapter's layering rules (ADR 0021, 0025, 0026), checked on its compiled classes: the use
 * cases depend on ports, never on the web, the database or a file format, and hold none of the
 * API's views; persistence and the file formats implement ports and never reach the web or a use
 * case; and no two packages depend on each other, directly or round a loop.
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
   * JSON-B in the application only where the audit log writes a target's state ({@code
   * AuditStates}, ADR 0025); no use case reads or writes JSON itself.
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

  /**
   * The JSON shapes of the API live beside the resources (ADR 0026): a view in the application
   * would make the use cases change with the web's shapes.
   */
  @Test
  void theApplicationHoldsNoViews() {
    noClasses()
        .that()
        .resideInAPackage("vn.emulation.jakarta.application..")
        .should()
        .haveSimpleNameEndingWith("View")
        .orShould()
        .haveSimpleNameEndingWith("Views")
        .because("views live beside the resources, in interfaces.rest (ADR 0026)")
        .check(ADAPTER);
  }

  /**
   * The application's records the API may answer as they are: the envelope of every page, and a
   * plan version as stored, which is also the state the audit log keeps of it.
   */
  private static final Set<String> ANSWERED_AS_THEY_ARE =
      Set.of(Page.class.getName(), StoredPlan.class.getName());

  /**
   * What a resource method answers is a view of the edge (or the core's own values): an application
   * record written straight to JSON would make it an API shape again, whatever it is called.
   * Methods answering a {@code Response} name no type; those the views rule covers.
   */
  @Test
  void resourcesAnswerTheirOwnViewsNotTheApplicationsRecords() {
    methods()
        .that()
        .areDeclaredInClassesThat()
        .resideInAPackage("vn.emulation.jakarta.interfaces.rest..")
        .and()
        .areMetaAnnotatedWith(HttpMethod.class)
        .should(ANSWER_NO_APPLICATION_RECORD)
        .check(ADAPTER);
  }

  private static final ArchCondition<JavaMethod> ANSWER_NO_APPLICATION_RECORD =
      new ArchCondition<>("answer no record of the application but a page or a stored plan") {
        @Override
        public void check(JavaMethod method, ConditionEvents events) {
          for (JavaClass type : method.getReturnType().getAllInvolvedRawTypes()) {
            if (type.getPackageName().startsWith("vn.emulation.jakarta.application")
                && type.isRecord()
                && !ANSWERED_AS_THEY_ARE.contains(type.getName())) {
              events.add(
                  SimpleConditionEvent.violated(
                      method,
                      method.getFullName()
                          + " answers the application's record "
                          + type.getName()));
            }
          }
        }
      };

  @Test
  void thePackagesFormNoCycle() {
    slices().matching("vn.emulation.(**)").should().beFreeOfCycles().check(ADAPTER);
  }
}
