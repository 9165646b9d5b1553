package vn.emulation.jakarta.infrastructure.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.emulation.core.common.InvalidInputException;
import vn.emulation.core.common.Problem;
import vn.emulation.jakarta.format.document.DocumentTemplate;

/** A deployment's own document template, named by configuration, or the built-in one. */
class DocumentTemplatesTest {

  @TempDir Path dir;

  @Test
  void noFileNamedIsTheBuiltInTemplate() {
    String builtIn = DocumentTemplate.builtIn().decider().issuer().body();
    assertThat(DocumentTemplates.of(Optional.empty()).decider().issuer().body()).isEqualTo(builtIn);
    assertThat(DocumentTemplates.of(Optional.of("  ")).decider().issuer().body())
        .isEqualTo(builtIn);
  }

  /** Another ward changes its name and signer in the file, and its documents say so. */
  @Test
  void theNamedFileIsTheDeploymentsTemplate() throws IOException {
    String json =
        builtInJson()
            .replace("ỦY BAN NHÂN DÂN PHƯỜNG RẠCH GIÁ", "ỦY BAN NHÂN DÂN PHƯỜNG VĨNH THÔNG");
    Path file = Files.writeString(dir.resolve("vinh-thong.json"), json, StandardCharsets.UTF_8);

    DocumentTemplate t = DocumentTemplates.of(Optional.of(file.toString()));

    assertThat(t.decider().issuer().body()).isEqualTo("ỦY BAN NHÂN DÂN PHƯỜNG VĨNH THÔNG");
    assertThat(t.decider().issuer().body())
        .isNotEqualTo(DocumentTemplate.builtIn().decider().issuer().body());
  }

  @Test
  void aFileWithProblemsNamesEveryOne() throws IOException {
    Path file =
        Files.writeString(
            dir.resolve("bad.json"),
            "{\"format\":\"emulation-documents/9\",\"place\":\"Rạch Giá\"}",
            StandardCharsets.UTF_8);

    InvalidInputException e =
        catchThrowableOfType(
            () -> DocumentTemplates.of(Optional.of(file.toString())), InvalidInputException.class);

    assertThat(e.problems()).extracting(Problem::path).contains("format", "decider", "submitter");
  }

  @Test
  void aFileThatCannotBeReadSaysWhichAndWhy() {
    Path missing = dir.resolve("none.json");
    assertThatThrownBy(() -> DocumentTemplates.of(Optional.of(missing.toString())))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining(missing.toString())
        .hasMessageContaining(DocumentTemplates.SETTING);
  }

  private static String builtInJson() throws IOException {
    try (InputStream in = DocumentTemplate.class.getResourceAsStream(DocumentTemplate.BUILT_IN)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
