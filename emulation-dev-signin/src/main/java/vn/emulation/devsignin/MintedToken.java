package vn.emulation.devsignin;

import java.util.List;

/**
 * What {@code POST /dev-signin/token} answers: the token and, for the reader, what it says.
 *
 * @param token the signed JWT (compact serialisation), for {@code Authorization: Bearer}
 * @param user the user id ({@code upn})
 * @param name the display name
 * @param roles the roles ({@code groups})
 * @param unit the unit code for unit-scoped users, else {@code null} (left out of the JSON)
 * @param expiresAt {@code exp} as an ISO-8601 instant
 */
public record MintedToken(
    String token, String user, String name, List<String> roles, String unit, String expiresAt) {}
