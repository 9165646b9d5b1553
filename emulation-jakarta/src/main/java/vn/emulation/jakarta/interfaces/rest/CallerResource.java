package vn.emulation.jakarta.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.emulation.jakarta.application.access.Caller;
import vn.emulation.jakarta.application.access.Callers;
import vn.emulation.jakarta.application.access.Role;
import vn.emulation.jakarta.application.access.Roles;

/**
 * Who the token says the caller is, as the server reads it: the signed-in pages of the web UI ask
 * this rather than decoding the token themselves, so that what a page offers (a ward's desk, the
 * administration) follows the same reading of the claims as the API's own refusals.
 */
@Path("/me")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "access", description = "Người dùng: ai đang gọi, với vai trò và đơn vị nào")
public class CallerResource {

  @Inject Callers callers;

  @GET
  @RolesAllowed({
    Roles.REPORTER,
    Roles.UNIT_HEAD,
    Roles.OFFICER,
    Roles.COUNCIL,
    Roles.CHAIRMAN,
    Roles.ADMIN,
    Roles.PUBLIC
  })
  @Operation(
      summary = "The caller the token names: user, roles and unit",
      description =
          "The user (the token's upn), the movement's roles it grants, in a fixed order, and the"
              + " unit a unit-scoped user works for (null for city-wide staff); whether the caller"
              + " sees the whole city and whether it may write.")
  @APIResponse(responseCode = "200", description = "The caller")
  @APIResponse(responseCode = "401", description = "No token, or a token that is not valid")
  public CallerView me() {
    return CallerView.of(callers.current());
  }

  /**
   * A caller, as the API reads its token.
   *
   * @param user the token's user
   * @param roles the roles granted, in the order of {@link Role}
   * @param unit the unit a unit-scoped caller works for, or null
   * @param cityWide whether the caller sees the whole city
   * @param mayWrite whether the caller holds a role that writes
   */
  public record CallerView(
      String user, List<String> roles, String unit, boolean cityWide, boolean mayWrite) {

    static CallerView of(Caller caller) {
      return new CallerView(
          caller.user(),
          Arrays.stream(Role.values()).filter(caller::has).map(Role::claim).toList(),
          caller.unitCode(),
          caller.cityWide(),
          caller.mayWrite());
    }
  }
}
