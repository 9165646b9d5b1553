package vn.emulation.devsignin;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

class SignInPageTest {

  private static final URI BASE = URI.create("http://localhost:9080/dev-signin/");

  @Test
  void listsEveryDemoUserWithAButtonThatPostsToTheTokenEndpoint() {
    List<DemoUser> users = DemoUsers.shipped().all();

    String html = new SignInPage(BASE, users).render(null);

    for (DemoUser u : users) {
      assertThat(html)
          .contains(u.name())
          .contains("<input type=\"hidden\" name=\"user\" value=\"" + u.id() + "\">");
    }
    assertThat(html)
        .contains("<form method=\"post\" action=\"/dev-signin/token\">")
        .contains("Phường Rạch Sỏi (30754)")
        .contains("<meta charset=\"UTF-8\">")
        .doesNotContain("<script", "src=\"http", "href=\"http://cdn")
        .doesNotContain("id=\"token\"");
  }

  @Test
  void showsAMintedTokenWithACurlCallToTheApi() {
    MintedToken token =
        new MintedToken(
            "aaa.bbb.ccc",
            "reporter.vinhlac",
            "Huỳnh Ngọc Trâm",
            List.of("reporter"),
            "30745",
            "2025-03-14T10:30:00Z");

    String html = new SignInPage(BASE, List.of()).render(token);

    assertThat(html)
        .contains("id=\"token\"")
        .contains(">aaa.bbb.ccc</textarea>")
        .contains(
            "curl -H &quot;Authorization: Bearer aaa.bbb.ccc&quot; "
                + "http://localhost:9080/emulation/api/units")
        .contains("Token của Huỳnh Ngọc Trâm");
  }

  @Test
  void escapesWhatItShows() {
    DemoUser odd = new DemoUser("x\"><script>", "<b>Tên</b>", List.of("public"), null, null);

    String html = new SignInPage(BASE, List.of(odd)).render(null);

    assertThat(html)
        .doesNotContain("<script>", "<b>Tên</b>")
        .contains("&lt;b&gt;Tên&lt;/b&gt;")
        .contains("x&quot;&gt;&lt;script&gt;");
  }
}
