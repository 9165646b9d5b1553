package vn.emulation.jakarta.application.plan;

import java.time.OffsetDateTime;
import vn.emulation.core.common.LocalizedText;

/**
 * A plan version as stored: what lists show of it without reading the whole document. Immutable.
 *
 * @param code the plan's code
 * @param version its version
 * @param title its title
 * @param status its status
 * @param firstYear first year of the period
 * @param lastYear last year of the period
 * @param importedAt when it was imported
 */
public record StoredPlan(
    String code,
    int version,
    LocalizedText title,
    String status,
    int firstYear,
    int lastYear,
    OffsetDateTime importedAt) {}
