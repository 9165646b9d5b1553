package vn.emulation.devsignin;

import java.net.URI;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The sign-in page: the demo users, a button each that mints a token, and, once minted, the token
 * with the curl commands that use it. Vietnamese first with English beside it, UTF-8, no script and
 * nothing loaded from elsewhere, so it works offline and under any content security policy.
 */
final class SignInPage {

  private final URI base;
  private final List<DemoUser> users;

  /**
   * @param base the sign-in's base URI ({@code http://host:9080/dev-signin/}); the API is beside it
   *     on the same server at {@code /emulation/api}
   */
  SignInPage(URI base, List<DemoUser> users) {
    this.base = base;
    this.users = users;
  }

  /** The page, with {@code minted} shown when there is one. */
  String render(MintedToken minted) {
    return TEMPLATE
        .replace("{{tokenUrl}}", escape(base.resolve("token").toString()))
        .replace("{{usersUrl}}", escape(base.resolve("users").toString()))
        .replace("{{jwksUrl}}", escape(base.resolve("jwks.json").toString()))
        .replace("{{apiUrl}}", escape(apiUrl()))
        .replace("{{rows}}", users.stream().map(this::row).collect(Collectors.joining("\n")))
        .replace("{{minted}}", minted == null ? "" : minted(minted));
  }

  private String apiUrl() {
    return base.resolve("/emulation/api/units").toString();
  }

  private String row(DemoUser u) {
    String roles =
        u.roles().stream()
            .map(RoleNames::label)
            .map(SignInPage::escape)
            .collect(Collectors.joining(", "));
    String unit =
        u.unit() == null
            ? "—"
            : escape(u.unitName() == null ? u.unit() : u.unitName() + " (" + u.unit() + ")");
    return "<tr><td>"
        + escape(u.name())
        + "</td><td><code>"
        + escape(u.id())
        + "</code></td><td>"
        + roles
        + "</td><td>"
        + unit
        + "</td><td><form method=\"post\" action=\""
        + escape(base.resolve("token").getPath())
        + "\"><input type=\"hidden\" name=\"user\" value=\""
        + escape(u.id())
        + "\"><button type=\"submit\">Lấy token <span lang=\"en\">(get a token)</span>"
        + "</button></form></td></tr>";
  }

  private String minted(MintedToken t) {
    String curl = "curl -H \"Authorization: Bearer " + t.token() + "\" " + apiUrl();
    return """
        <section id="token">
          <h2>Token của {{name}} <span lang="en">(token for {{user}})</span></h2>
          <p>Hết hạn lúc <span lang="en">(expires at)</span> <code>{{expiresAt}}</code> ·
             vai trò <span lang="en">(roles)</span> <code>{{roles}}</code>{{unit}}</p>
          <textarea readonly rows="6" aria-label="token">{{token}}</textarea>
          <p>Gọi API với token này <span lang="en">(call the API with this token)</span>:</p>
          <pre>{{curl}}</pre>
        </section>
        """
        .replace("{{name}}", escape(t.name()))
        .replace("{{user}}", escape(t.user()))
        .replace("{{expiresAt}}", escape(t.expiresAt()))
        .replace("{{roles}}", escape(String.join(", ", t.roles())))
        .replace(
            "{{unit}}",
            t.unit() == null
                ? ""
                : " · đơn vị <span lang=\"en\">(unit)</span> <code>" + escape(t.unit()) + "</code>")
        .replace("{{token}}", escape(t.token()))
        .replace("{{curl}}", escape(curl));
  }

  static String escape(String s) {
    StringBuilder out = new StringBuilder(s.length());
    for (char c : s.toCharArray()) {
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  private static final String TEMPLATE =
      """
      <!DOCTYPE html>
      <html lang="vi">
      <head>
      <meta charset="UTF-8">
      <meta name="viewport" content="width=device-width, initial-scale=1">
      <title>Đăng nhập thử · Development sign-in</title>
      <style>
        body { font-family: system-ui, sans-serif; margin: 2rem auto; max-width: 70rem;
               padding: 0 1rem; color: #1a1a1a; }
        [lang="en"] { color: #555; }
        .warning { background: #fff4d6; border-left: 4px solid #d99a00; padding: .5rem 1rem; }
        table { border-collapse: collapse; width: 100%; }
        th, td { border-bottom: 1px solid #ddd; padding: .4rem; text-align: left; }
        textarea { width: 100%; font-family: monospace; }
        pre { white-space: pre-wrap; word-break: break-all; background: #f4f4f4; padding: .5rem; }
        #token { border: 2px solid #2b6cb0; padding: 0 1rem 1rem; margin: 1rem 0; }
      </style>
      </head>
      <body>
      <h1>Đăng nhập thử <span lang="en">(development sign-in)</span></h1>
      <p class="warning">Chỉ có ở máy chủ mẫu: token được ký bằng khoá sinh ra mỗi lần máy chủ khởi
        động. Khi triển khai thật, hệ thống chỉ tin token của cổng thông tin tỉnh.
        <span lang="en">The sample server's only: tokens are signed with a key generated at each
        start. In production the system trusts the province portal's tokens only.</span></p>
      {{minted}}
      <h2>Người dùng thử <span lang="en">(demo users)</span></h2>
      <table>
        <thead><tr><th>Họ tên <span lang="en">(name)</span></th>
          <th>Tài khoản <span lang="en">(user)</span></th>
          <th>Vai trò <span lang="en">(roles)</span></th>
          <th>Đơn vị <span lang="en">(unit)</span></th><th></th></tr></thead>
        <tbody>
      {{rows}}
        </tbody>
      </table>
      <h2>Từ dòng lệnh <span lang="en">(from the command line)</span></h2>
      <pre>TOKEN=$(curl -s -H 'Content-Type: application/json' -d '{"user":"admin"}' \\
        {{tokenUrl}} | sed 's/.*"token":"\\([^"]*\\)".*/\\1/')
      curl -H "Authorization: Bearer $TOKEN" {{apiUrl}}</pre>
      <p>Danh sách người dùng <span lang="en">(users)</span>:
        <a href="{{usersUrl}}">{{usersUrl}}</a> · khoá công khai <span lang="en">(public key, JWKS)</span>:
        <a href="{{jwksUrl}}">{{jwksUrl}}</a> · tuỳ chọn thử nghiệm
        <span lang="en">(test-only overrides)</span>: <code>expiresInSeconds</code>,
        <code>notBeforeInSeconds</code>, <code>issuer</code>, <code>audience</code>,
        <code>unit</code>.</p>
      </body>
      </html>
      """;
}
