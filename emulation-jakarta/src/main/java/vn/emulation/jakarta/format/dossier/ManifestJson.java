package vn.emulation.jakarta.format.dossier;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import vn.emulation.core.common.InvalidInputException;
import vn.emulation.core.common.Problem;
import vn.emulation.core.common.ProblemCollector;
import vn.emulation.core.law.Office;
import vn.emulation.core.law.Recipient;
import vn.emulation.core.procedure.received.DossierFile;
import vn.emulation.core.procedure.received.DossierManifest;
import vn.emulation.core.procedure.received.DossierNominee;
import vn.emulation.jakarta.format.plan.FieldType;
import vn.emulation.jakarta.format.plan.JsonFields;
import vn.emulation.jakarta.messages.AdapterMessages;

/**
 * The manifest of an electronic dossier as JSON ({@code manifest.json}, the schema {@value
 * #SCHEMA}): written with its members in a fixed order, UTF-8, so that the same manifest gives the
 * same bytes (the signature is over them); read reporting every field that does not follow the
 * schema at its JSON path, and every unknown one.
 */
public final class ManifestJson {

  /** The JSON Schema of the manifest, a resource of this package. */
  public static final String SCHEMA = "emulation-dossier-1.schema.json";

  private static final FieldType<BigDecimal> NUMBER = FieldType.DECIMAL;

  private ManifestJson() {}

  /** The manifest's bytes. */
  public static byte[] write(DossierManifest m) {
    JsonArrayBuilder to = Json.createArrayBuilder();
    m.to().forEach(o -> to.add(o.name()));
    JsonArrayBuilder nominees = Json.createArrayBuilder();
    for (DossierNominee n : m.nominees()) {
      JsonArrayBuilder files = Json.createArrayBuilder();
      n.files().forEach(files::add);
      nominees.add(
          Json.createObjectBuilder()
              .add("nominationId", n.nominationId())
              .add("participantId", n.participantId())
              .add("name", n.name())
              .add("kind", n.kind().name())
              .add("unitCode", n.unitCode())
              .add("unitName", n.unitName())
              .add("form", n.form())
              .add("year", n.year())
              .add("verdict", n.verdict())
              .add("verdictRun", n.verdictRun())
              .add("appraisal", n.appraisal())
              .add("files", files));
    }
    JsonArrayBuilder files = Json.createArrayBuilder();
    for (DossierFile f : m.files()) {
      files.add(
          Json.createObjectBuilder()
              .add("path", f.path())
              .add("mediaType", f.mediaType())
              .add("size", f.size())
              .add("sha256", f.sha256()));
    }
    JsonObjectBuilder root =
        Json.createObjectBuilder()
            .add("format", m.format())
            .add("planCode", m.planCode())
            .add("occasionCode", m.occasionCode())
            .add("proposingBody", m.proposingBody())
            .add("from", m.from().name())
            .add("to", to)
            .add(
                "submission",
                Json.createObjectBuilder()
                    .add("id", m.submissionId())
                    .add("submittedOn", m.submittedOn().toString())
                    .add("file", m.submissionFile()))
            .add("nominees", nominees)
            .add("files", files);
    // JSON-P keeps the members in the order added and writes no whitespace: the same bytes
    return (root.build().toString() + "\n").getBytes(StandardCharsets.UTF_8);
  }

  /**
   * The manifest in {@code bytes}.
   *
   * @throws InvalidInputException naming every field that does not follow the schema, at {@code
   *     manifest.<path>}
   */
  public static DossierManifest read(byte[] bytes) {
    JsonObject root;
    try (JsonReader reader = Json.createReader(new ByteArrayInputStream(bytes))) {
      root = reader.readObject();
    } catch (JsonException | ClassCastException e) {
      throw new InvalidInputException(
          "manifest",
          List.of(new Problem("manifest", AdapterMessages.text("dossier.manifestNotJson"))));
    }
    ProblemCollector problems = new ProblemCollector();
    JsonFields f = JsonFields.root(root, problems);
    String format = f.required("format", FieldType.STRING);
    if (format != null && !DossierManifest.FORMAT.equals(format)) {
      f.problem("format", AdapterMessages.text("dossier.format", DossierManifest.FORMAT));
    }
    String plan = f.required("planCode", FieldType.STRING);
    String occasion = f.required("occasionCode", FieldType.STRING);
    String body = f.required("proposingBody", FieldType.STRING);
    Office from = f.required("from", FieldType.oneOf(Office.class));
    List<Office> to = f.list("to", FieldType.oneOf(Office.class));
    JsonFields s = f.object("submission");
    String submissionId = null;
    LocalDate submittedOn = null;
    String submissionFile = null;
    if (s != null) {
      submissionId = s.required("id", FieldType.STRING);
      submittedOn = s.required("submittedOn", FieldType.DATE);
      submissionFile = s.required("file", FieldType.STRING);
      s.rejectUnknown();
    }
    List<DossierNominee> nominees = f.objects("nominees", ManifestJson::nominee);
    List<DossierFile> files = f.objects("files", ManifestJson::file);
    f.rejectUnknown();
    if (!problems.isEmpty()) {
      throw new InvalidInputException(
          "manifest",
          problems.problems().stream()
              .map(p -> new Problem("manifest." + p.path(), p.reason()))
              .toList());
    }
    return new DossierManifest(
        format,
        plan,
        occasion,
        body,
        from,
        to,
        submissionId,
        submittedOn,
        submissionFile,
        nominees,
        files);
  }

  private static DossierNominee nominee(JsonFields n) {
    String nomination = n.required("nominationId", FieldType.STRING);
    String participant = n.required("participantId", FieldType.STRING);
    String name = n.required("name", FieldType.STRING);
    Recipient kind = n.required("kind", FieldType.oneOf(Recipient.class));
    String unitCode = n.required("unitCode", FieldType.STRING);
    String unitName = n.required("unitName", FieldType.STRING);
    String form = n.required("form", FieldType.STRING);
    Integer year = n.required("year", FieldType.integer(1900));
    String verdict = n.required("verdict", FieldType.STRING);
    String run = n.required("verdictRun", FieldType.STRING);
    String appraisal = n.required("appraisal", FieldType.STRING);
    List<String> files = n.list("files", FieldType.STRING);
    if (!JsonFields.allPresent(
        nomination,
        participant,
        name,
        kind,
        unitCode,
        unitName,
        form,
        year,
        verdict,
        run,
        appraisal,
        files)) {
      return null;
    }
    return new DossierNominee(
        nomination,
        participant,
        name,
        kind,
        unitCode,
        unitName,
        form,
        year,
        verdict,
        run,
        appraisal,
        files);
  }

  private static DossierFile file(JsonFields f) {
    String path = f.required("path", FieldType.STRING);
    String type = f.required("mediaType", FieldType.STRING);
    BigDecimal size = f.required("size", NUMBER);
    String sha = f.required("sha256", FieldType.STRING);
    Long bytes = null;
    if (size != null) {
      try {
        bytes = size.longValueExact();
      } catch (ArithmeticException e) {
        bytes = null;
      }
      if (bytes == null || bytes < 0) {
        f.problem("size", AdapterMessages.text("dossier.size"));
        bytes = null;
      }
    }
    if (path != null && !DossierFile.isSafePath(path)) {
      f.problem("path", AdapterMessages.text("dossier.entryPath", path));
      path = null;
    }
    if (!JsonFields.allPresent(path, type, bytes, sha)) {
      return null;
    }
    // a malformed SHA-256 is the core's to refuse: its message becomes a problem at this element
    return new DossierFile(path, type, Objects.requireNonNull(bytes), sha);
  }
}
