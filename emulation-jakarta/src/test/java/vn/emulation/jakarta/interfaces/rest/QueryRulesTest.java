package vn.emulation.jakarta.interfaces.rest;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;
import vn.emulation.core.common.InvalidInputException;
import vn.emulation.core.common.Problem;

class QueryRulesTest {

  @Test
  void codesMatchThePatternAndTextHoldsNoForbiddenCharacter() {
    MultivaluedMap<String, String> q = new MultivaluedHashMap<>();
    q.add("unit", "30745<script>");
    q.add("actor", "admin\u202E");
    q.add("page", "1");
    q.add("page", "2");

    assertThatThrownBy(() -> QueryRules.check(q))
        .isInstanceOf(InvalidInputException.class)
        .extracting(
            e -> ((InvalidInputException) e).problems(),
            InstanceOfAssertFactories.list(Problem.class))
        .extracting(Problem::path)
        .containsExactlyInAnyOrder("unit", "actor", "page");
  }

  @Test
  void ordinaryQueriesPass() {
    MultivaluedMap<String, String> q = new MultivaluedHashMap<>();
    q.add("unit", "30745");
    q.add("target", "units/30730");
    q.add("date", "");

    assertThatCode(() -> QueryRules.check(q)).doesNotThrowAnyException();
  }
}
