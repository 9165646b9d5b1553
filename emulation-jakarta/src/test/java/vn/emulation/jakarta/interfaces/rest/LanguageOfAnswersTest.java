package vn.emulation.jakarta.interfaces.rest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.core.GenericType;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.emulation.core.participant.ParticipantCategory;
import vn.emulation.jakarta.application.Page;
import vn.emulation.jakarta.interfaces.rest.UnitViews.UnitSummary;

/** Content-Language of answers and the wording of problems: both languages, singular and plural. */
class LanguageOfAnswersTest {

  @Test
  void aReadThatFailsDoesNotSayNothingWasStored() {
    assertThat(InvalidInputMapper.detail(1, "GET").en()).isEqualTo("1 problem in the request");
    assertThat(InvalidInputMapper.detail(2, "GET").en()).isEqualTo("2 problems in the request");
    assertThat(InvalidInputMapper.detail(2, "GET").vi()).isEqualTo("Yêu cầu có 2 lỗi");
  }

  @Test
  void aWriteThatFailsSaysNothingWasStoredWithTheRightNumber() {
    assertThat(InvalidInputMapper.detail(1, "POST").en())
        .isEqualTo("1 problem found; nothing was stored");
    assertThat(InvalidInputMapper.detail(3, "PUT").en())
        .isEqualTo("3 problems found; nothing was stored");
    assertThat(InvalidInputMapper.detail(1, "POST").vi())
        .isEqualTo("Có 1 lỗi; không có gì được lưu");
  }

  @Test
  void answersWithTranslatedTextAreVietnameseAndEnglish() {
    var categories = new GenericType<Page<ParticipantCategory>>() {}.getType();

    assertThat(ContentLanguage.of(categories, null)).isEqualTo("vi, en");
    assertThat(ContentLanguage.of(ProgressView.Report.class, null)).isEqualTo("vi, en");
  }

  @Test
  void answersWithOnlyVietnameseNamesAreVietnamese() {
    var units = new GenericType<Page<UnitSummary>>() {}.getType();

    assertThat(ContentLanguage.of(units, null)).isEqualTo("vi");
    assertThat(ContentLanguage.of(null, List.of())).isEqualTo("vi");
  }
}
