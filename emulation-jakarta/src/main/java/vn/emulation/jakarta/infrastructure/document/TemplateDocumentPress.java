package vn.emulation.jakarta.infrastructure.document;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.ZonedDateTime;
import java.util.Optional;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.emulation.core.document.AdministrativeDocument;
import vn.emulation.core.document.DeciderSetting;
import vn.emulation.core.document.SubmitterSetting;
import vn.emulation.jakarta.application.procedure.DocumentPress;
import vn.emulation.jakarta.format.document.AdministrativePdf;
import vn.emulation.jakarta.format.document.AwardeeWorkbook;
import vn.emulation.jakarta.format.document.DocumentTemplate;
import vn.emulation.jakarta.format.document.RenderedPdf;
import vn.emulation.jakarta.format.signature.PadesSigner;
import vn.emulation.jakarta.format.signature.SigningKey;
import vn.emulation.jakarta.infrastructure.config.SignatureSettings;

/**
 * The procedure's documents made with the file formats of ADR 0041 and 0042: the city's template
 * (the file {@code emulation.documents.template} names, else the built-in one, Rạch Giá's), {@link
 * AdministrativePdf} for the layout, {@link PadesSigner} with the configured key ({@link
 * SignatureSettings}) on the spot the layout left for the signature, {@link AwardeeWorkbook} for
 * the lists.
 */
@ApplicationScoped
public class TemplateDocumentPress implements DocumentPress {

  private DocumentTemplate template;
  private Supplier<SigningKey> key;

  /** For the container's proxy. */
  protected TemplateDocumentPress() {}

  @Inject
  TemplateDocumentPress(
      SignatureSettings settings,
      @ConfigProperty(name = DocumentTemplates.SETTING) Optional<String> templateFile) {
    this(DocumentTemplates.of(templateFile), settings::signingKey);
  }

  /**
   * Reads the template at the application's start, so that a template file with problems stops the
   * deployment with every problem named rather than refusing the first decision made.
   */
  void onStart(@Observes @Priority(5) @Initialized(ApplicationScoped.class) Object ignored) {
    decider();
  }

  /** A press on a given template and key: a test's. */
  public TemplateDocumentPress(DocumentTemplate template, Supplier<SigningKey> key) {
    this.template = template;
    this.key = key;
  }

  @Override
  public DeciderSetting decider() {
    return template.decider();
  }

  @Override
  public SubmitterSetting submitter() {
    return template.submitter();
  }

  @Override
  public byte[] pdf(AdministrativeDocument document, ZonedDateTime at) {
    return AdministrativePdf.render(document, template.emblem(), at).bytes();
  }

  @Override
  public byte[] signed(AdministrativeDocument document, String reason, ZonedDateTime at) {
    RenderedPdf r = AdministrativePdf.render(document, template.emblem(), at);
    return PadesSigner.sign(r.bytes(), key.get(), r.signature(), reason, at);
  }

  @Override
  public byte[] workbook(AdministrativeDocument document) {
    return AwardeeWorkbook.write(document);
  }
}
