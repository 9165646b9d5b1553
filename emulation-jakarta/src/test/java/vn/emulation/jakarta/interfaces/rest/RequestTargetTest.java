package vn.emulation.jakarta.interfaces.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URISyntaxException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.emulation.core.common.Problem;

class RequestTargetTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '\'',
      value = {
        "/emulation/api/units/30745 | /emulation/api/units/30745",
        "/emulation/api/units/a%20b | /emulation/api/units/a%20b",
        "/emulation/api/units/a<b   | /emulation/api/units/a%3Cb",
        "'/emulation/api/units/a\"b' | /emulation/api/units/a%22b",
        "/emulation/api/units/a{b}  | /emulation/api/units/a%7Bb%7D",
        "/emulation/api/units/%G1   | /emulation/api/units/%25G1",
        "/emulation/api/units/%     | /emulation/api/units/%25",
        "/emulation/api/units/Rạch  | /emulation/api/units/R%E1%BA%A1ch"
      })
  void anInstanceIsAlwaysAUriReference(String path, String instance) {
    String reference = RequestTarget.asReference(path);

    assertThat(reference).isEqualTo(instance);
    assertThat(URI.create(reference).getRawPath()).isEqualTo(instance);
  }

  @ParameterizedTest
  @ValueSource(strings = {"a|b", "a^b", "a`b", "a\tb", "a\\b", "a[b]"})
  void everyCharacterAPathMayNotHoldIsEncoded(String segment) {
    assertThat(URI.create(RequestTarget.asReference("/units/" + segment))).isNotNull();
  }

  @ParameterizedTest
  @CsvSource(
      delimiterString = "=>",
      value = {
        "http://localhost:9080/emulation/api/units?date=%G1 => query",
        "http://localhost:9080/emulation/api/units?date=<   => query",
        "http://localhost:9080/emulation/api/units/a|b      => path",
        "http://localhost:9080/emulation/api/units/a{b?x=1  => path"
      })
  void namesThePartOfTheAddressThatIsWrongInBothLanguages(String address, String field) {
    URISyntaxException error = syntaxErrorOf(address);

    Problem problem = RequestTarget.problemOf(error);

    assertThat(problem.path()).isEqualTo(field);
    assertThat(problem.reason().en()).contains("%XX").doesNotContain("Exception", "index");
    assertThat(problem.reason().vi()).contains("%XX");
  }

  @ParameterizedTest
  @ValueSource(strings = {"http://localhost/a?date=%G1", "http://localhost/a|b"})
  void findsTheSyntaxErrorBehindTheRuntimesFailure(String address) {
    IllegalArgumentException thrown = new IllegalArgumentException(syntaxErrorOf(address));

    assertThat(RequestTarget.syntaxError(new RuntimeException(thrown))).isNotNull();
    assertThat(RequestTarget.syntaxError(new IllegalArgumentException("other"))).isNull();
  }

  private static URISyntaxException syntaxErrorOf(String address) {
    try {
      new URI(address);
      throw new AssertionError(address + " is a URI");
    } catch (URISyntaxException e) {
      return e;
    }
  }
}
