package vn.emulation.devsignin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TokenRequestReaderTest {

  @Test
  void readsEveryFieldFromJson() {
    TokenRequest r =
        TokenRequestReader.fromJson(
            """
        {"user":"admin","expiresInSeconds":-3600,"notBeforeInSeconds":"60",
         "issuer":"https://x.invalid","audience":"other"}
        """);

    assertThat(r).isEqualTo(new TokenRequest("admin", -3600L, 60L, "https://x.invalid", "other"));
  }

  @Test
  void absentAndNullOverridesTakeTheDefaults() {
    assertThat(TokenRequestReader.fromJson("{\"user\":\"admin\",\"issuer\":null}"))
        .isEqualTo(TokenRequest.forUser("admin"));
  }

  @Test
  void readsTheFormAndTreatsEmptyInputsAsAbsent() {
    TokenRequest r =
        TokenRequestReader.fromForm(
            Map.of(
                "user",
                List.of("officer"),
                "expiresInSeconds",
                List.of(""),
                "notBeforeInSeconds",
                List.of(" 3600 ")));

    assertThat(r).isEqualTo(new TokenRequest("officer", null, 3600L, null, null));
  }

  @Test
  void reportsEveryWrongFieldAtOnce() {
    assertThatThrownBy(
            () ->
                TokenRequestReader.fromJson(
                    """
        {"expiresInSeconds":1.5,"notBeforeInSeconds":"soon","issuer":42}
        """))
        .isInstanceOfSatisfying(
            InvalidTokenRequestException.class,
            e ->
                assertThat(e.problems())
                    .extracting(FieldProblem::field)
                    .containsExactly("user", "expiresInSeconds", "notBeforeInSeconds", "issuer"));
  }

  @Test
  void aUserThatIsNotAStringIsNamed() {
    assertThatThrownBy(() -> TokenRequestReader.fromJson("{\"user\":true}"))
        .isInstanceOfSatisfying(
            InvalidTokenRequestException.class,
            e ->
                assertThat(e.problems())
                    .singleElement()
                    .extracting(FieldProblem::field)
                    .isEqualTo("user"));
  }

  @Test
  void offsetsBeyondAYearAreRefused() {
    assertThatThrownBy(
            () ->
                TokenRequestReader.fromJson(
                    "{\"user\":\"admin\",\"expiresInSeconds\":99999999999}"))
        .isInstanceOfSatisfying(
            InvalidTokenRequestException.class,
            e ->
                assertThat(e.problems())
                    .singleElement()
                    .satisfies(
                        p -> {
                          assertThat(p.field()).isEqualTo("expiresInSeconds");
                          assertThat(p.en()).contains("not 99999999999");
                        }));
  }

  @Test
  void aBodyThatIsNotAJsonObjectIsNamedBody() {
    for (String body : List.of("", "{\"user\":", "[\"admin\"]")) {
      assertThatThrownBy(() -> TokenRequestReader.fromJson(body))
          .as(body)
          .isInstanceOfSatisfying(
              InvalidTokenRequestException.class,
              e ->
                  assertThat(e.problems())
                      .singleElement()
                      .extracting(FieldProblem::field)
                      .isEqualTo("body"));
    }
  }
}
