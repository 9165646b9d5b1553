package vn.emulation.jakarta.application.plan;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import vn.emulation.core.common.LocalizedText;

/**
 * A plan version as stored: what lists show of it without reading the whole document. Immutable.
 *
 * @param code the plan's code
 * @param version its version
 * @param title its title
 * @param status its status: DRAFT, IN_FORCE, SUPERSEDED or CLOSED (core {@code PlanStatus})
 * @param inForceFrom the first day it governed, {@code null} for a draft
 * @param inForceUntil the first day it no longer governed, {@code null} unless superseded or closed
 * @param firstYear first year of the period
 * @param lastYear last year of the period
 * @param importedAt when it was imported
 */
public record StoredPlan(
    String code,
    int version,
    LocalizedText title,
    String status,
    LocalDate inForceFrom,
    LocalDate inForceUntil,
    int firstYear,
    int lastYear,
    OffsetDateTime importedAt) {}
