package vn.emulation.jakarta.interfaces.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.emulation.jakarta.application.audit.AuditAnchor;
import vn.emulation.jakarta.application.audit.AuditAnchors;
import vn.emulation.jakarta.interfaces.rest.AnchorViews.AnchorList;
import vn.emulation.jakarta.interfaces.security.PublicRead;

/**
 * The audit log's anchors published as open data (ADR 0045): every anchor of the audit head, as
 * JSON and CSV, read-only and public, with the published reads' ETag and Cache-Control. Whoever
 * keeps a copy can later tell whether the chain was rewritten: an anchor that no longer matches the
 * chain, or one missing from a later copy. (A plan coded "audit" would be hidden under this path.)
 */
@Path("/open-data/audit")
@RequestScoped
@Tag(
    name = "open data",
    description = "Dữ liệu mở: tiến độ, diễn biến, xếp hạng, dự báo (CSV, XLSX, JSON)")
public class OpenDataAnchorResource {

  @Inject AuditAnchors anchors;

  @GET
  @PermitAll
  @PublicRead
  @Extension(name = AccessDocumentation.PUBLISHED, value = "true")
  @Path("/anchors.json")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "The audit log's anchors as JSON",
      description =
          "{\"format\": \"emulation-audit-anchors/1\", \"anchors\": [...]}: each anchor's number,"
              + " day (Vietnam), the head's last entry (headSeq) and its hash (headHash), when it"
              + " was taken, by whom, and whether by the daily run. Keep a copy: a chain rewritten"
              + " later no longer has headHash at headSeq.")
  @APIResponse(
      responseCode = "200",
      description = "The anchors, the first first",
      content = @Content(schema = @Schema(implementation = AnchorList.class)))
  public Response json() {
    return Response.ok(AnchorList.of(anchors.published()), MediaType.APPLICATION_JSON)
        .header("Content-Disposition", "inline; filename=\"audit-anchors.json\"")
        .build();
  }

  @GET
  @PermitAll
  @PublicRead
  @Extension(name = AccessDocumentation.PUBLISHED, value = "true")
  @Path("/anchors.csv")
  @Produces(OpenDataResource.CSV)
  @Operation(
      summary = "The audit log's anchors as CSV",
      description =
          "Columns: anchor_number, day, head_seq, head_hash, anchored_at, taken_by, scheduled."
              + " RFC 4180, UTF-8 with a byte-order mark; the rows of anchors.json.")
  @APIResponse(
      responseCode = "200",
      description = "The CSV file",
      content = @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)))
  public Response csv() {
    List<AuditAnchor> all = anchors.published();
    StreamingOutput body = out -> AnchorViews.writeCsv(all, out);
    return Response.ok(body, OpenDataResource.CSV)
        .header("Content-Disposition", "attachment; filename=\"audit-anchors.csv\"")
        .build();
  }
}
