package vn.emulation.jakarta.interfaces.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.emulation.core.common.Problem;
import vn.emulation.core.evaluation.Outcome;
import vn.emulation.core.unit.UnitLevel;
import vn.emulation.jakarta.application.PageRequest;
import vn.emulation.jakarta.application.audit.AuditQuery.Moment;

/** The one reader of query parameters: typed values, or every problem with its parameter. */
class QueryReaderTest {

  private final QueryReader read = new QueryReader();

  @Test
  void absentParametersAreNullAndPagesTakeTheirDefaults() {
    assertThat(read.date("date", null)).isNull();
    assertThat(read.integer("year", "")).isNull();
    assertThat(read.page(null, "", 20, 500)).isEqualTo(new PageRequest(0, 20));
    assertThat(read.choice("level", null, UnitLevel.class)).isNull();
    assertThat(read.unread().any()).isFalse();
  }

  @Test
  void valuesAreReadExactly() {
    assertThat(read.date("date", "2025-07-01")).isEqualTo(LocalDate.of(2025, 7, 1));
    assertThat(read.integer("year", "-2023")).isEqualTo(-2023);
    assertThat(read.choice("level", "COMMUNE", UnitLevel.class)).isEqualTo(UnitLevel.COMMUNE);
    assertThat(read.outcome("not_eligible")).isEqualTo(Outcome.NOT_ELIGIBLE);
    assertThat(read.unread().any()).isFalse();
  }

  @Test
  void everyMalformedParameterIsNamedAtOnceInBothLanguages() {
    read.integer("milestone", "twenty");
    read.integer("year", "2O23");
    read.date("date", "2023-02-30");
    read.date("from", " 2025-01-01");
    read.integer("size", "99999999999");
    read.choice("level", "WARD", UnitLevel.class);
    read.outcome("MAYBE");

    assertThat(read.unread().problems())
        .extracting(Problem::path)
        .containsExactly("milestone", "year", "date", "from", "size", "level", "outcome");
    Problem first = read.unread().problems().get(0);
    assertThat(first.reason().en()).isEqualTo("Must be a whole number, was \"twenty\"");
    assertThat(first.reason().vi()).isEqualTo("Phải là một số nguyên, đang là \"twenty\"");
    assertThat(read.unread().problems().get(2).reason().en())
        .isEqualTo("Not a valid date: \"2023-02-30\" (expected YYYY-MM-DD)");
    assertThat(read.unread().problems().get(5).reason().en())
        .isEqualTo("Must be one of PROVINCE, DISTRICT, COMMUNE; was \"WARD\"");
    assertThat(read.unread().problems().get(6).reason().vi())
        .isEqualTo(
            "Kết quả \"MAYBE\" không có; chọn một trong: ELIGIBLE, NOT_ELIGIBLE, INCOMPLETE");
  }

  @Test
  void everyBadPageParameterIsNamed() {
    QueryReader outOfRange = new QueryReader();

    assertThat(read.page("first", "many", 20, 500)).isNull();
    assertThat(outOfRange.page("-1", "501", 20, 500)).isNull();

    assertThat(read.unread().problems()).extracting(Problem::path).containsExactly("page", "size");
    assertThat(outOfRange.unread().problems())
        .extracting(Problem::path)
        .containsExactly("page", "size");
    assertThat(outOfRange.unread().problems().get(1).reason().en())
        .isEqualTo("Page size must lie within 1–500, was 501");
  }

  @ParameterizedTest
  @ValueSource(strings = {"+5", " 5", "5 ", "5.0", "1e3", "05", "0x10", "2147483648", "٥"})
  void aNumberIsDigitsOnly(String raw) {
    assertThat(read.integer("page", raw)).isNull();

    assertThat(read.unread().problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.path()).isEqualTo("page");
              assertThat(p.reason().en()).contains("\"" + raw + "\"");
            });
  }

  @ParameterizedTest
  @ValueSource(
      strings = {" 2025-07-01", "2025-07-01 ", "+2025-07-01", "2025-7-1", "2025-02-30", "20250701"})
  void aDateIsExactlyYyyyMmDd(String raw) {
    assertThat(read.date("date", raw)).isNull();
    assertThat(read.unread().problems())
        .singleElement()
        .satisfies(p -> assertThat(p.reason().en()).contains("\"" + raw + "\""));
  }

  @Test
  void theQuotedValueShowsForbiddenCharactersEscaped() {
    read.integer("size", "1\u0000");

    assertThat(read.unread().problems().get(0).reason().en())
        .contains("\"1\\u0000\"")
        .doesNotContain("\u0000");
  }

  @Test
  void aMomentOfTheAuditLogIsADayOrAnInstantWithItsOffset() {
    assertThat(read.moment("from", "2025-07-01"))
        .isEqualTo(Moment.day("2025-07-01", LocalDate.of(2025, 7, 1)));
    assertThat(read.moment("to", "2025-07-01T08:00:00+07:00"))
        .isEqualTo(Moment.at("2025-07-01T08:00:00+07:00", Instant.parse("2025-07-01T01:00:00Z")));
    assertThat(read.moment("from", "")).isNull();
    assertThat(read.unread().any()).isFalse();

    assertThat(read.moment("from", "2025-13-01")).isNull();
    assertThat(read.moment("to", "yesterday")).isNull();
    assertThat(read.unread().problems()).extracting(Problem::path).containsExactly("from", "to");
    assertThat(read.unread().problems().get(1).reason().en())
        .isEqualTo(
            "Not a valid time: \"yesterday\" (expected YYYY-MM-DD or 2025-07-01T08:00:00+07:00)");
  }

  @Test
  void aFilterTextIsTrimmedAndBlankIsAbsent() {
    assertThat(QueryReader.trimmed(" unit.close ")).isEqualTo("unit.close");
    assertThat(QueryReader.trimmed("  ")).isNull();
    assertThat(QueryReader.trimmed(null)).isNull();
  }
}
