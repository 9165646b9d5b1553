/**
 * Who is asking: the {@link vn.emulation.jakarta.application.access.Caller} that the portal's token
 * names (user, roles, unit), the {@link vn.emulation.jakarta.application.access.Role roles} of the
 * movement, and the {@link vn.emulation.jakarta.application.access.Callers} port that answers it
 * (fail-closed; the system only through {@code runAsSystem}). Which units a caller reaches is a
 * question about units, answered by {@link vn.emulation.jakarta.application.unit.UnitScopes}. The
 * use cases ask this package; they never read a token themselves.
 */
package vn.emulation.jakarta.application.access;
