package vn.emulation.jakarta.interfaces.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.emulation.core.common.LocalizedText;
import vn.emulation.core.law.Authority;
import vn.emulation.core.law.DossierItem;
import vn.emulation.core.law.FormRule;
import vn.emulation.core.law.LawRuleSet;
import vn.emulation.core.law.LawVersion;
import vn.emulation.core.law.Recipient;
import vn.emulation.jakarta.application.procedure.LawForms;
import vn.emulation.jakarta.interfaces.security.PublicRead;

/**
 * The law's forms in force on a day (ADR 0044): the codes a plan's award forms name as the law's
 * forms they are ({@code lawForm} in the plan file), whom each is for, who may decide it then and
 * its dossier. Published like the plan's progress: the law is a public text and the answer holds no
 * one's data, and a unit preparing a plan file or a nomination needs it before it holds a token.
 */
@Path("/law/forms")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "procedure")
public class LawResource {

  @Inject LawForms forms;

  @GET
  @PermitAll
  @PublicRead
  @Extension(name = AccessDocumentation.PUBLISHED, value = "true")
  @Operation(
      summary = "The law's award forms in force on a day",
      description =
          "The version of the law's rule set that governs `on` (today in Vietnam by default) and"
              + " each of its forms: code, kind, names in Vietnamese and English, the recipients"
              + " it is for, the offices that may decide it that day with the provision giving"
              + " the power, and its dossier.")
  @APIResponse(responseCode = "200", description = "The forms")
  @APIResponse(
      responseCode = "400",
      description = "`on` is not a day YYYY-MM-DD, or no version of the law governs it")
  public LawFormsView forms(
      @QueryParam("on") @Parameter(description = "The day, YYYY-MM-DD; today by default")
          String on) {
    QueryReader read = new QueryReader();
    LocalDate day = read.date("on", on);
    LawVersion v = forms.inForceOn(day, read.unread());
    LawRuleSet law = forms.ruleSet();
    return new LawFormsView(
        law.code(),
        law.name(),
        v.number(),
        v.effectiveFrom(),
        v.effectiveTo(),
        v.forms().stream().map(f -> FormView.of(v, f)).toList());
  }

  /**
   * The law's forms on a day.
   *
   * @param ruleSet the rule set's code
   * @param name its name
   * @param version the number of the version in force that day
   * @param effectiveFrom its first day
   * @param effectiveTo its last day; {@code null} while no later version is known
   * @param forms its forms, in the rule set's order
   */
  @JsonbNillable
  public record LawFormsView(
      String ruleSet,
      LocalizedText name,
      int version,
      LocalDate effectiveFrom,
      LocalDate effectiveTo,
      List<FormView> forms) {}

  /**
   * One of the law's forms.
   *
   * @param code its code, which a plan's award form names as {@code lawForm}
   * @param kind TITLE or COMMENDATION
   * @param name its name
   * @param recipients INDIVIDUAL, COLLECTIVE, HOUSEHOLD: whom it is for
   * @param grantedBy the offices that may decide it, each with the provision
   * @param dossierSets the number of dossier sets; {@code null} when the law sets none
   * @param dossier the documents of its dossier
   * @param basis the provision that creates it, as the version quotes it
   */
  @JsonbNillable
  public record FormView(
      String code,
      String kind,
      LocalizedText name,
      List<String> recipients,
      List<OfficeView> grantedBy,
      Integer dossierSets,
      List<DocumentView> dossier,
      String basis) {

    static FormView of(LawVersion v, FormRule f) {
      return new FormView(
          f.code(),
          f.kind().name(),
          f.name(),
          Arrays.stream(Recipient.values()).filter(f::isFor).map(Recipient::name).toList(),
          f.authorities().stream().map(a -> OfficeView.of(v, a)).toList(),
          f.dossier().sets(),
          f.dossier().items().stream().map(DocumentView::of).toList(),
          v.quote(f.basis()));
    }
  }

  /**
   * An office that may decide a form.
   *
   * @param office its code (PROVINCE_CHAIRMAN)
   * @param name its name
   * @param provision the provision that gives it the power, as the version quotes it
   */
  public record OfficeView(String office, LocalizedText name, String provision) {

    static OfficeView of(LawVersion v, Authority a) {
      return new OfficeView(a.office().name(), a.office().label(), v.quote(a.citation()));
    }
  }

  /**
   * A document of a form's dossier.
   *
   * @param code its code
   * @param name its name
   * @param conditional whether only some cases need it
   */
  public record DocumentView(String code, LocalizedText name, boolean conditional) {

    static DocumentView of(DossierItem d) {
      return new DocumentView(d.code(), d.name(), d.conditional());
    }
  }
}
