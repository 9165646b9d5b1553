package vn.emulation.jakarta.format.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;
import vn.emulation.core.common.InvalidInputException;
import vn.emulation.core.common.Problem;

/** The template is data: the built-in Rạch Giá one, and every problem of a broken one. */
class DocumentTemplateTest {

  @Test
  void theBuiltInTemplateIsRachGias() {
    DocumentTemplate t = DocumentTemplate.builtIn();
    assertThat(t.decider().place()).isEqualTo("Rạch Giá");
    assertThat(t.decider().issuer().body()).isEqualTo("ỦY BAN NHÂN DÂN PHƯỜNG RẠCH GIÁ");
    assertThat(t.decider().signatory().position()).isEqualTo("CHỦ TỊCH");
    assertThat(t.submitter().issuer().symbol()).isEqualTo("VHXH");
    assertThat(t.emblem()).isEmpty();
  }

  @Test
  void aCityChangesItsNamesAndEmblemAsData() {
    String json =
        """
        {"format": "emulation-documents/1", "place": "Hà Tiên",
         "emblemPng": "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==",
         "decider": {"body": "ỦY BAN NHÂN DÂN PHƯỜNG HÀ TIÊN", "symbol": "UBND",
           "title": "CHỦ TỊCH ỦY BAN NHÂN DÂN PHƯỜNG HÀ TIÊN",
           "name": "Chủ tịch Ủy ban nhân dân phường Hà Tiên",
           "signature": {"authority": "KT. CHỦ TỊCH", "position": "PHÓ CHỦ TỊCH"}},
         "submitter": {"body": "PHÒNG VĂN HÓA - XÃ HỘI", "symbol": "VHXH",
           "name": "Phòng Văn hóa - Xã hội",
           "signature": {"position": "TRƯỞNG PHÒNG", "name": "Lê Văn Tâm"}}}
        """;
    DocumentTemplate t = DocumentTemplate.read(json);
    assertThat(t.decider().place()).isEqualTo("Hà Tiên");
    assertThat(t.decider().signatory().authority()).isEqualTo("KT. CHỦ TỊCH");
    assertThat(t.decider().bases()).isEmpty();
    assertThat(t.emblem()).isPresent();
  }

  @Test
  void everyProblemOfABrokenTemplateIsNamedAtItsPath() {
    String json =
        """
        {"format": "emulation-documents/9", "emblemPng": "bm90IGEgcG5n",
         "decider": {"body": "", "symbol": "UBND", "title": "T", "name": "N",
           "signature": {"position": "CHỦ TỊCH"}, "bases": ["ok", 3]},
         "submitter": {"body": "B", "symbol": "S", "name": "N", "signature": {"position": "P"}}}
        """;
    InvalidInputException e =
        catchThrowableOfType(InvalidInputException.class, () -> DocumentTemplate.read(json));
    assertThat(e.problems())
        .extracting(Problem::path)
        .containsExactly(
            "format",
            "place",
            "decider.body",
            "decider.bases[1]",
            "submitter.signature.name",
            "emblemPng");
  }
}
