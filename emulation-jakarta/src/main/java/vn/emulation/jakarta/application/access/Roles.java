package vn.emulation.jakarta.application.access;

/**
 * The role names as the portal's tokens carry them (the {@code groups} claim) and as the REST
 * resources declare them in {@code @RolesAllowed}; annotations need constants, hence strings.
 */
public final class Roles {

  /** Cán bộ báo cáo: enters the figures and evidence of their own unit. */
  public static final String REPORTER = "reporter";

  /** Thủ trưởng đơn vị: a ward's or an office's head; what a reporter does, for their unit. */
  public static final String UNIT_HEAD = "unit-head";

  /** Cán bộ Phòng Nội vụ: runs the movement for the whole city. */
  public static final String OFFICER = "officer";

  /** Thành viên Hội đồng Thi đua – Khen thưởng: reads everything, writes nothing. */
  public static final String COUNCIL = "council";

  /** Chủ tịch UBND: reads everything, writes nothing. */
  public static final String CHAIRMAN = "chairman";

  /** Quản trị hệ thống: plans, units, the audit log. */
  public static final String ADMIN = "admin";

  /** A signed-in citizen or another agency: what is published, nothing more. */
  public static final String PUBLIC = "public";

  private Roles() {}
}
