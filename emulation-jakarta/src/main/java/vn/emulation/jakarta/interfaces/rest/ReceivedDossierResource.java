package vn.emulation.jakarta.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.emulation.core.common.InvalidInputException;
import vn.emulation.core.common.Problem;
import vn.emulation.core.common.TextRules;
import vn.emulation.core.law.Office;
import vn.emulation.core.procedure.received.ReceivedNomination;
import vn.emulation.jakarta.application.Page;
import vn.emulation.jakarta.application.PageRequest;
import vn.emulation.jakarta.application.access.Roles;
import vn.emulation.jakarta.application.procedure.Dossiers;
import vn.emulation.jakarta.application.procedure.IncomingDossier;
import vn.emulation.jakarta.format.dossier.DossierReader;
import vn.emulation.jakarta.format.dossier.DossierTooLargeException;
import vn.emulation.jakarta.infrastructure.config.EmulationSettings;
import vn.emulation.jakarta.infrastructure.config.SignatureSettings;
import vn.emulation.jakarta.interfaces.rest.ReceivedDossierViews.ReceivedDossierView;
import vn.emulation.jakarta.interfaces.rest.ReceivedDossierViews.ReceivedNominationView;
import vn.emulation.jakarta.messages.AdapterMessages;

/**
 * The electronic dossiers received from the level below (issue 13, ADR 0052): Home Affairs of the
 * receiving instance sends the ZIP another instance exported; its manifest's signature is checked
 * against the trust anchors, its schema, every file's SHA-256 and the receiving office's authority,
 * all problems at once, and only a dossier good in every respect becomes received nominations.
 */
@Path("/plans/{plan}/received-dossiers")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(
    name = "received-dossiers",
    description =
        "Electronic dossiers proposed by the level below: receiving a signed dossier, and the"
            + " nominations received")
public class ReceivedDossierResource {

  static final String ZIP = "application/zip";

  @Inject Dossiers dossiers;
  @Inject EmulationSettings settings;
  @Inject SignatureSettings signatures;
  @Context HttpHeaders headers;

  @PathParam("plan")
  @Parameter(description = "The plan's code")
  String plan;

  @POST
  @RolesAllowed({Roles.OFFICER, Roles.ADMIN})
  @Consumes(MediaType.WILDCARD)
  @Operation(
      summary =
          "Receive an electronic dossier upward (emulation-dossier/1) as received nominations",
      description =
          "The ZIP is the request body (application/zip). Refused with every problem at once,"
              + " nothing stored: a manifest signature that does not chain to the trust anchors"
              + " (signature), a manifest off the schema (manifest.…), a file missing, changed or"
              + " not listed (files[i].sha256 … naming the file), a form the office may not"
              + " decide (nominees[i].form), a nomination received already.")
  @RequestBody(
      content =
          @Content(mediaType = ZIP, schema = @Schema(type = SchemaType.STRING, format = "binary")))
  @APIResponse(
      responseCode = "201",
      description = "Received: one nomination per nominee",
      content = @Content(schema = @Schema(ref = "ReceivedDossierView")))
  @APIResponse(responseCode = "400", description = "The dossier is refused; each problem named")
  @APIResponse(responseCode = "403", description = "Only Home Affairs receives dossiers")
  @APIResponse(responseCode = "404", description = "No such plan")
  @APIResponse(responseCode = "413", description = "Larger than emulation.dossier.max-bytes")
  @APIResponse(responseCode = "415", description = "Not a ZIP media type")
  public Response receive(
      @QueryParam("office")
          @Parameter(description = "The office the nominations are put to (DEPARTMENT_HEAD)")
          String office,
      InputStream body) {
    String type = headers.getHeaderString(HttpHeaders.CONTENT_TYPE);
    if (type != null && !accepted(type)) {
      throw FileRefusedException.unsupported(type);
    }
    long limit = settings.dossierMaxBytes();
    if (headers.getLength() > limit) {
      throw FileRefusedException.tooLarge(limit);
    }
    Office to = office(office);
    IncomingDossier in;
    try (InputStream zip = body == null ? InputStream.nullInputStream() : body) {
      in = DossierReader.read(zip, limit, signatures.trustAnchors());
    } catch (DossierTooLargeException e) {
      throw FileRefusedException.tooLarge(limit);
    } catch (IOException e) {
      throw new UncheckedIOException("reading the dossier failed", e);
    }
    List<ReceivedNomination> got = dossiers.receive(plan, to, in);
    return Response.status(201)
        .entity(new ReceivedDossierView(got.stream().map(ReceivedNominationView::of).toList()))
        .build();
  }

  private static boolean accepted(String type) {
    String t = type.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
    return t.equals(ZIP)
        || t.equals("application/x-zip-compressed")
        || t.equals("application/octet-stream");
  }

  private static Office office(String office) {
    if (office == null || office.isBlank()) {
      return null;
    }
    return Arrays.stream(Office.values())
        .filter(o -> o.name().equals(office.strip()))
        .findFirst()
        .orElseThrow(
            () ->
                new InvalidInputException(
                    "query",
                    List.of(
                        new Problem(
                            "office",
                            AdapterMessages.text(
                                "dossier.officeUnknown",
                                TextRules.visible(office),
                                Arrays.toString(Office.values()))))));
  }

  @GET
  @RolesAllowed({Roles.OFFICER, Roles.ADMIN})
  @Operation(
      summary = "The plan's received nominations, the first received first, a page at a time")
  @APIResponse(responseCode = "200", description = "A page of received nominations")
  @APIResponse(responseCode = "400", description = "A parameter is wrong; each one is named")
  @APIResponse(responseCode = "404", description = "No such plan")
  public Page<ReceivedNominationView> list(
      @QueryParam("page") @Parameter(description = "Page number, from 0") String page,
      @QueryParam("size") @Parameter(description = "Page size, 20 by default") String size) {
    QueryReader read = new QueryReader();
    PageRequest request = read.page(page, size, 20, settings.pageMaxSize());
    if (read.unread().any()) {
      throw new InvalidInputException("query", read.unread().problems());
    }
    return dossiers.list(plan, request).map(ReceivedNominationView::of);
  }

  @GET
  @RolesAllowed({Roles.OFFICER, Roles.ADMIN})
  @Path("/{id}")
  @Operation(summary = "One received nomination, with its files")
  @APIResponse(
      responseCode = "200",
      description = "The received nomination",
      content = @Content(schema = @Schema(ref = "ReceivedNominationView")))
  @APIResponse(responseCode = "404", description = "No such plan or received nomination")
  public ReceivedNominationView get(
      @PathParam("id") @Parameter(description = "The received nomination's id") String id) {
    return ReceivedNominationView.of(dossiers.find(plan, id));
  }
}
