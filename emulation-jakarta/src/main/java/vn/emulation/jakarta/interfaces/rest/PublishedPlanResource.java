package vn.emulation.jakarta.interfaces.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.emulation.core.common.LocalizedText;
import vn.emulation.core.plan.Plan;
import vn.emulation.core.plan.PlanIdentity;
import vn.emulation.core.target.Indicator;
import vn.emulation.jakarta.application.plan.PlanCatalog;
import vn.emulation.jakarta.interfaces.security.PublicRead;

/**
 * What the city publishes about a plan beside its progress: the version in force today, its
 * document, its legal basis and its milestones, so that a published page (the web UI's dashboard,
 * ADR 0028) can say which rules its figures are measured against without a token. The plan file
 * itself stays for signed-in users ({@code /plans/{code}/versions/{v}}).
 */
@Path("/plans/{plan}/published")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "progress")
public class PublishedPlanResource {

  @Inject PlanCatalog catalog;

  @GET
  @PermitAll
  @PublicRead
  @Extension(name = AccessDocumentation.PUBLISHED, value = "true")
  @Operation(
      summary = "The plan in force today, as published: document, legal basis, milestones",
      description =
          "The version in force today, the document that issued it, the legal texts it rests on,"
              + " its period and milestones (the years whose targets progress is measured against).")
  @APIResponse(responseCode = "200", description = "The plan as published")
  @APIResponse(responseCode = "404", description = "No such plan")
  @APIResponse(responseCode = "409", description = "No version of the plan is in force yet")
  public PublishedPlan published(
      @PathParam("plan") @Parameter(description = "The plan's code") String plan) {
    return PublishedPlan.of(catalog.inForceToday(plan));
  }

  /**
   * A plan as published.
   *
   * @param code the plan's code
   * @param version the version in force today
   * @param status its status
   * @param documentNumber the number of the document that issued it
   * @param issuer who issued it
   * @param issuedOn the day it was issued
   * @param title its title
   * @param firstYear the first year of its period
   * @param lastYear the last year of its period
   * @param legalBases the legal texts it rests on, each a reference and a title
   * @param milestones the years whose targets progress is measured against, each with a name
   * @param pillars the groups of targets, in the plan's order, each with its label
   * @param indicators what the targets measure, each with its pillar and unit of measure
   */
  public record PublishedPlan(
      String code,
      int version,
      String status,
      String documentNumber,
      LocalizedText issuer,
      LocalDate issuedOn,
      LocalizedText title,
      int firstYear,
      int lastYear,
      List<Basis> legalBases,
      List<MilestoneView> milestones,
      List<PillarView> pillars,
      List<IndicatorView> indicators) {

    static PublishedPlan of(Plan plan) {
      PlanIdentity id = plan.identity();
      return new PublishedPlan(
          id.code(),
          id.version(),
          id.status().name(),
          id.documentNumber(),
          id.issuer(),
          id.issuedOn(),
          id.title(),
          id.period().first(),
          id.period().last(),
          id.legalBases().stream().map(b -> new Basis(b.reference(), b.title())).toList(),
          plan.milestones().stream().map(m -> new MilestoneView(m.year(), m.name())).toList(),
          plan.indicators().stream()
              .map(Indicator::pillar)
              .distinct()
              .map(p -> new PillarView(p.name(), p.label()))
              .toList(),
          plan.indicators().stream()
              .map(i -> new IndicatorView(i.code(), i.pillar().name(), i.unit().name(), i.name()))
              .toList());
    }
  }

  /**
   * A legal text.
   *
   * @param reference its number
   * @param title its title
   */
  public record Basis(String reference, LocalizedText title) {}

  /**
   * A milestone.
   *
   * @param year its year
   * @param name its name
   */
  public record MilestoneView(int year, LocalizedText name) {}

  /**
   * A pillar.
   *
   * @param code DIGITAL_GOVERNMENT, DIGITAL_ECONOMY or DIGITAL_SOCIETY
   * @param label its name
   */
  public record PillarView(String code, LocalizedText label) {}

  /**
   * An indicator.
   *
   * @param code its code
   * @param pillar its pillar's code
   * @param unit PERCENT, COUNT or VND
   * @param name what it measures
   */
  public record IndicatorView(String code, String pillar, String unit, LocalizedText name) {}
}
