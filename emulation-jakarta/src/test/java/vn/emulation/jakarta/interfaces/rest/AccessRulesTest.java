package vn.emulation.jakarta.interfaces.rest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import java.io.File;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.junit.jupiter.api.Test;
import vn.emulation.jakarta.application.access.Role;
import vn.emulation.jakarta.interfaces.security.PublicRead;

/**
 * Every operation of the API declares who may call it: an operation added without a rule fails the
 * build here, before any server starts. The end-to-end matrix (AuthorisationMatrixIT) then checks
 * that the server enforces each rule.
 */
class AccessRulesTest {

  @Test
  void everyOperationDeclaresItsRoles() throws Exception {
    List<String> undeclared = new ArrayList<>();
    for (Method m : operations()) {
      if (!m.isAnnotationPresent(RolesAllowed.class)
          && !m.isAnnotationPresent(PermitAll.class)
          && !m.isAnnotationPresent(DenyAll.class)) {
        undeclared.add(name(m));
      }
    }
    assertThat(operations()).hasSizeGreaterThan(25);
    assertThat(undeclared).as("operations without @RolesAllowed, @PermitAll or @DenyAll").isEmpty();
  }

  @Test
  void onlyPublishedReadsAreOpenAndTheyAreReadsOnly() throws Exception {
    for (Method m : operations()) {
      if (m.isAnnotationPresent(PermitAll.class)) {
        assertThat(m.isAnnotationPresent(PublicRead.class))
            .as(name(m) + " is open: it must be a @PublicRead the deployment can close")
            .isTrue();
        assertThat(m.isAnnotationPresent(GET.class)).as(name(m) + " is open: reads only").isTrue();
        Extension ext = m.getAnnotation(Extension.class);
        assertThat(ext).as(name(m) + " is open: /openapi must say so").isNotNull();
        assertThat(ext.name()).isEqualTo(AccessDocumentation.PUBLISHED);
      }
    }
  }

  @Test
  void rolesNamedAreTheMovementsRoles() throws Exception {
    Set<String> known = new TreeSet<>();
    Arrays.stream(Role.values()).forEach(r -> known.add(r.claim()));
    for (Method m : operations()) {
      RolesAllowed allowed = m.getAnnotation(RolesAllowed.class);
      if (allowed != null) {
        assertThat(known).as(name(m)).containsAll(List.of(allowed.value()));
      }
    }
  }

  /**
   * POSTs that store nothing and read no stored fact: the body is the question (a PDF whose
   * signatures are verified, ADR 0042).
   */
  static final Set<String> READS_BY_POST = Set.of("DocumentVerificationResource.verify");

  /**
   * The award procedure's acts of the roles that decide rather than write (ADR 0040): a council
   * member's vote, the Chairman's decision, return and close of a submission, annulment and
   * dismissal of a revocation. Nothing else.
   */
  private static final Map<String, Set<String>> DECIDING =
      Map.of(
          "CouncilMeetingResource.vote", Set.of(Role.COUNCIL.claim()),
          "SubmissionResource.decide", Set.of(Role.CHAIRMAN.claim()),
          "SubmissionResource.close", Set.of(Role.CHAIRMAN.claim()),
          "SubmissionResource.returnToHomeAffairs", Set.of(Role.CHAIRMAN.claim()),
          "RevocationResource.annul", Set.of(Role.CHAIRMAN.claim()),
          "RevocationResource.dismiss", Set.of(Role.CHAIRMAN.claim()));

  @Test
  void thePublicRoleNeverWritesNorTheCouncilOrChairmanBeyondTheirActs() throws Exception {
    for (Method m : operations()) {
      RolesAllowed allowed = m.getAnnotation(RolesAllowed.class);
      if (allowed != null
          && !m.isAnnotationPresent(GET.class)
          && !READS_BY_POST.contains(name(m))) {
        Set<String> theirs = DECIDING.getOrDefault(name(m), Set.of());
        List<String> refused =
            java.util.stream.Stream.of(
                    Role.PUBLIC.claim(), Role.COUNCIL.claim(), Role.CHAIRMAN.claim())
                .filter(r -> !theirs.contains(r))
                .toList();
        assertThat(allowed.value()).as(name(m)).doesNotContainAnyElementsOf(refused);
      }
    }
    assertThat(operations().stream().map(AccessRulesTest::name).toList())
        .containsAll(DECIDING.keySet());
  }

  /** The resource methods of the API: the classes with @Path in this package. */
  static List<Method> operations() throws URISyntaxException, ClassNotFoundException {
    String pkg = AccessRulesTest.class.getPackageName();
    File dir =
        new File(AccessRulesTest.class.getResource("EmulationApi.class").toURI()).getParentFile();
    List<Method> ops = new ArrayList<>();
    for (String file : dir.list()) {
      if (!file.endsWith(".class") || file.contains("$")) {
        continue;
      }
      Class<?> c = Class.forName(pkg + "." + file.substring(0, file.length() - 6));
      if (!c.isAnnotationPresent(Path.class)) {
        continue;
      }
      for (Method m : c.getDeclaredMethods()) {
        if (m.isAnnotationPresent(GET.class)
            || m.isAnnotationPresent(POST.class)
            || m.isAnnotationPresent(PUT.class)
            || m.isAnnotationPresent(DELETE.class)
            || m.isAnnotationPresent(PATCH.class)) {
          ops.add(m);
        }
      }
    }
    return ops;
  }

  private static String name(Method m) {
    return m.getDeclaringClass().getSimpleName() + "." + m.getName();
  }
}
