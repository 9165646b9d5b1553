/**
 * Who is asking, and what they may see: the {@link vn.emulation.jakarta.application.access.Caller}
 * that the portal's token names (user, roles, unit), the {@link
 * vn.emulation.jakarta.application.access.Role roles} of the movement, and the {@link
 * vn.emulation.jakarta.application.access.UnitScope} that confines a ward's or an office's users to
 * their own unit's lineage (its unit, the units under it, what mergers and splits gave it). The use
 * cases ask this package; they never read a token themselves.
 */
package vn.emulation.jakarta.application.access;
