package vn.emulation.jakarta.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.emulation.core.common.ProblemCollector;
import vn.emulation.jakarta.application.Page;
import vn.emulation.jakarta.application.PageRequest;
import vn.emulation.jakarta.application.access.Roles;
import vn.emulation.jakarta.application.notice.Notices;
import vn.emulation.jakarta.interfaces.rest.NoticeViews.NoticeSettingsView;
import vn.emulation.jakarta.interfaces.rest.NoticeViews.NoticeView;
import vn.emulation.jakarta.interfaces.rest.NoticeViews.UnreadCount;
import vn.emulation.jakarta.messages.AdapterMessages;

/**
 * The caller's notices of the procedure (ADR 0046): those that reach them (their unit's cases for a
 * unit's staff, what the units send for Home Affairs), newest first, each in Vietnamese and
 * English; how many are unread; marking one read; and the caller's settings (the language and the
 * address of the mails).
 */
@Path("/notices")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "notices", description = "Thông báo: trả lại, chấp thuận, hồ sơ gửi đến, sắp đến hạn")
public class NoticeResource {

  private static final String NO_TOKEN = "No valid token";
  private static final int PAGE = 20;
  private static final int MAX_PAGE = 100;

  @Inject Notices notices;

  @GET
  @RolesAllowed({
    Roles.REPORTER,
    Roles.UNIT_HEAD,
    Roles.OFFICER,
    Roles.COUNCIL,
    Roles.CHAIRMAN,
    Roles.ADMIN
  })
  @Operation(
      summary = "The caller's notices, newest first, a page at a time",
      description =
          "A unit's staff get their unit's returns, acceptances, reopenings and deadline"
              + " reminders; Home Affairs (officer, admin) what the units send. Each with whether"
              + " the caller read it.")
  @APIResponse(responseCode = "200", description = "A page of notices")
  @APIResponse(responseCode = "400", description = "A parameter is wrong; each one is named")
  @APIResponse(responseCode = "401", description = NO_TOKEN)
  @APIResponse(responseCode = "403", description = "The token's roles are not staff roles")
  public Page<NoticeView> mine(
      @QueryParam("unread") @Parameter(description = "true: only the unread ones") String unread,
      @QueryParam("page") @Parameter(description = "Page number, from 0") String page,
      @QueryParam("size") @Parameter(description = "Page size, 20 by default") String size) {
    QueryReader read = new QueryReader();
    PageRequest p = read.page(page, size, PAGE, MAX_PAGE);
    boolean unreadOnly = "true".equals(unread);
    ProblemCollector problems = new ProblemCollector();
    if (unread != null && !unreadOnly && !"false".equals(unread)) {
      problems.add("unread", AdapterMessages.text("notice.unreadFlag", unread));
    }
    read.unread().throwWith(problems, "query", List.of("unread", "page", "size"));
    return notices.mine(unreadOnly, p).map(NoticeView::of);
  }

  @GET
  @Path("/unread")
  @RolesAllowed({
    Roles.REPORTER,
    Roles.UNIT_HEAD,
    Roles.OFFICER,
    Roles.COUNCIL,
    Roles.CHAIRMAN,
    Roles.ADMIN
  })
  @Operation(summary = "How many of the caller's notices are unread (the badge)")
  @APIResponse(
      responseCode = "200",
      description = "The count",
      content = @Content(schema = @Schema(implementation = UnreadCount.class)))
  @APIResponse(responseCode = "401", description = NO_TOKEN)
  @APIResponse(responseCode = "403", description = "The token's roles are not staff roles")
  public UnreadCount unread() {
    return new UnreadCount(notices.unread());
  }

  @POST
  @Path("/{id}/read")
  @RolesAllowed({Roles.REPORTER, Roles.UNIT_HEAD, Roles.OFFICER, Roles.ADMIN})
  @Operation(summary = "Mark one of the caller's notices read")
  @RequestBody(
      description = "None, or {}: marking read has no parameters",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema =
                  @Schema(
                      type = SchemaType.OBJECT,
                      additionalProperties = Schema.False.class,
                      description = "{}")))
  @APIResponse(
      responseCode = "200",
      description = "The notice, read",
      content = @Content(schema = @Schema(implementation = NoticeView.class)))
  @APIResponse(responseCode = "401", description = NO_TOKEN)
  @APIResponse(responseCode = "403", description = "The token's roles are not staff roles")
  @APIResponse(responseCode = "404", description = "No such notice for the caller")
  public NoticeView markRead(
      @PathParam("id") @Parameter(description = "The notice's id") String id) {
    return NoticeView.of(notices.markRead(id));
  }

  @GET
  @Path("/settings")
  @RolesAllowed({
    Roles.REPORTER,
    Roles.UNIT_HEAD,
    Roles.OFFICER,
    Roles.COUNCIL,
    Roles.CHAIRMAN,
    Roles.ADMIN
  })
  @Operation(summary = "The caller's settings for notices: language and mail address")
  @APIResponse(
      responseCode = "200",
      description = "The settings (vi and no address until saved)",
      content = @Content(schema = @Schema(implementation = NoticeSettingsView.class)))
  @APIResponse(responseCode = "401", description = NO_TOKEN)
  @APIResponse(responseCode = "403", description = "The token's roles are not staff roles")
  public NoticeSettingsView settings() {
    return NoticeSettingsView.of(notices.settings());
  }

  @PUT
  @Path("/settings")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.REPORTER, Roles.UNIT_HEAD, Roles.OFFICER, Roles.ADMIN})
  @Operation(
      summary = "Save the caller's settings for notices",
      description =
          "{\"language\": \"vi\" | \"en\", \"email\": address or null (no mail)}. The unit and"
              + " roles of the caller's token are kept with them: a mail reaches only the"
              + " audience the notice names.")
  @RequestBody(content = @Content(schema = @Schema(implementation = NoticeSettingsView.class)))
  @APIResponse(
      responseCode = "200",
      description = "The settings saved",
      content = @Content(schema = @Schema(implementation = NoticeSettingsView.class)))
  @APIResponse(responseCode = "400", description = "A field is wrong; each one is named")
  @APIResponse(responseCode = "401", description = NO_TOKEN)
  @APIResponse(responseCode = "403", description = "The token's roles are not staff roles")
  public NoticeSettingsView saveSettings(String json) {
    JsonInput body = JsonInput.parse(json == null || json.isBlank() ? "null" : json);
    ProblemCollector problems = new ProblemCollector();
    BodyFields f =
        BodyFields.of(body, "", problems, new ProblemCollector(), List.of("language", "email"));
    String language = f.isObject() ? f.text("language") : null;
    String email = f.isObject() ? f.text("email") : null;
    problems.throwIfAny("request body");
    if (!f.isObject()) {
      throw Bodies.missing();
    }
    return NoticeSettingsView.of(notices.saveSettings(language, email));
  }
}
