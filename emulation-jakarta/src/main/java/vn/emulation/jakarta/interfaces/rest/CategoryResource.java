package vn.emulation.jakarta.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.emulation.core.participant.ParticipantCategory;
import vn.emulation.jakarta.application.Page;
import vn.emulation.jakarta.application.PageRequest;
import vn.emulation.jakarta.application.access.Roles;
import vn.emulation.jakarta.application.participant.ParticipantRegistry;
import vn.emulation.jakarta.infrastructure.config.EmulationSettings;

/**
 * The participant categories a plan names (section IV.1). A resource of its own, at a full path, so
 * that request matching never has to choose between it and {@link PlanResource}.
 */
@Path("/plans/{plan}/categories")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "participants")
public class CategoryResource {

  @Inject ParticipantRegistry registry;
  @Inject EmulationSettings settings;

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
      summary = "The plan's participant categories, in the plan's order",
      description = "Code, kind (COLLECTIVE or INDIVIDUAL) and name in Vietnamese and English.")
  @APIResponse(responseCode = "200", description = "A page of categories")
  @APIResponse(responseCode = "400", description = "A parameter is wrong; each one is named")
  @APIResponse(responseCode = "404", description = "No such plan")
  public Page<ParticipantCategory> list(
      @PathParam("plan") @Parameter(description = "The plan's code") String plan,
      @QueryParam("page") @Parameter(description = "Page number, from 0") String page,
      @QueryParam("size") @Parameter(description = "Page size, 50 by default") String size) {
    QueryReader read = new QueryReader();
    PageRequest request =
        read.page(page, size, ParticipantRegistry.CATEGORY_PAGE_SIZE, settings.pageMaxSize());
    return registry.categories(plan, request, read.unread());
  }
}
