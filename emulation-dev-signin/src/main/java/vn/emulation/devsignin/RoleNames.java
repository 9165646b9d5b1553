package vn.emulation.devsignin;

import java.util.List;
import java.util.Map;

/**
 * The role names the emulation WAR expects in a token's {@code groups} claim, with a label for the
 * sign-in page. The dev sign-in stands in for the portal, which knows these names as an agreement
 * and not as a Java dependency, so it repeats them instead of linking the WAR's classes.
 */
final class RoleNames {

  static final String REPORTER = "reporter";
  static final String UNIT_HEAD = "unit-head";

  /** Every role with its Vietnamese and English label. */
  static final Map<String, List<String>> LABELS =
      Map.of(
          REPORTER,
          List.of("Cán bộ báo cáo", "Unit reporter"),
          UNIT_HEAD,
          List.of("Thủ trưởng đơn vị", "Unit head"),
          "officer",
          List.of("Cán bộ Phòng Nội vụ", "Home Affairs officer"),
          "council",
          List.of("Thành viên Hội đồng Thi đua – Khen thưởng", "Council member"),
          "chairman",
          List.of("Chủ tịch UBND", "Chairman of the People's Committee"),
          "admin",
          List.of("Quản trị hệ thống", "Administrator"),
          "public",
          List.of("Người dân, cơ quan khác (chỉ xem)", "Public, read-only"));

  private RoleNames() {}

  static boolean known(String role) {
    return LABELS.containsKey(role);
  }

  /** Whether a holder of this role sees only their own unit, so that the token must name it. */
  static boolean unitScoped(String role) {
    return REPORTER.equals(role) || UNIT_HEAD.equals(role);
  }

  /** "Vietnamese label (English label)". */
  static String label(String role) {
    List<String> l = LABELS.get(role);
    return l == null ? role : l.get(0) + " (" + l.get(1) + ")";
  }
}
