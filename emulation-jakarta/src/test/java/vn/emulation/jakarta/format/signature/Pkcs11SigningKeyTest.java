package vn.emulation.jakarta.format.signature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.Provider;
import java.security.Security;
import java.security.cert.Certificate;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.emulation.jakarta.format.document.AdministrativePdf;
import vn.emulation.jakarta.format.document.DocumentFixtures;
import vn.emulation.jakarta.format.document.RenderedPdf;

/**
 * Signing with a key that lives in a real PKCS#11 token (issue 13): a SoftHSM2 token made for the
 * test, the test CA's signer key and chain put into it, then the key loaded through {@link
 * SigningKey#pkcs11} exactly as {@code emulation.signature.pkcs11.config} would load it (a
 * SunPKCS11 configuration file naming the library and slot, and the PIN), a decision signed with it
 * and the signature verified by {@link PdfSignatures} and by {@code pdfsig}.
 *
 * <p>SoftHSM2 finds its token directory through the environment variable {@code SOFTHSM2_CONF},
 * which surefire sets (emulation-jakarta/pom.xml) to a file under target/ that this test writes.
 * Skipped only when SoftHSM2 is not installed; .ci/run installs it.
 */
class Pkcs11SigningKeyTest {

  static final Instant AT = Instant.parse("2026-03-10T02:03:27.456Z");
  static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");
  static final String LABEL = "Emulation test token";
  static final char[] PIN = "246810".toCharArray();
  static final Path OUT = Path.of("target", "documents");

  static TestAuthority authority;
  static Path tokenConfig;

  @BeforeAll
  static void makeTheToken() throws Exception {
    Optional<Path> library = softhsmLibrary();
    Assumptions.assumeTrue(
        library.isPresent() && PadesSignerTest.available("softhsm2-util"),
        "SoftHSM2 (Debian's softhsm2) is not installed: .ci/run installs it");
    String conf = System.getenv("SOFTHSM2_CONF");
    assertThat(conf)
        .as("SOFTHSM2_CONF, which surefire sets in emulation-jakarta/pom.xml")
        .isNotBlank();
    Path dir = Path.of(conf).toAbsolutePath().getParent();
    Path tokens = dir.resolve("tokens");
    deleteTree(tokens);
    Files.createDirectories(tokens);
    Files.writeString(
        Path.of(conf),
        "directories.tokendir = " + tokens + "\nobjectstore.backend = file\nlog.level = ERROR\n",
        StandardCharsets.UTF_8);
    String init =
        PadesSignerTest.run(
            "softhsm2-util",
            "--init-token",
            "--free",
            "--label",
            LABEL,
            "--pin",
            new String(PIN),
            "--so-pin",
            "13579111");
    Matcher slot = Pattern.compile("reassigned to slot (\\d+)").matcher(init);
    assertThat(slot.find()).as(init).isTrue();

    authority =
        TestAuthority.generate(
            "CN=Emulation Test CA, O=Emulation, C=VN",
            "CN=Võ Minh Hoàng, O=UBND phường Rạch Giá, C=VN",
            AT);
    // The key goes in as a real token holds it: sensitive, never to be read back out.
    Path importConfig = dir.resolve("import.cfg");
    Files.writeString(
        importConfig,
        sunPkcs11Config("EmulationTokenImport", library.get(), slot.group(1))
            + "attributes(*, CKO_PRIVATE_KEY, *) = {\n"
            + "  CKA_SENSITIVE = true\n"
            + "  CKA_EXTRACTABLE = false\n"
            + "}\n",
        StandardCharsets.UTF_8);
    // Configured but never registered, so that signing cannot pick this provider by chance.
    Provider importer = Security.getProvider("SunPKCS11").configure(importConfig.toString());
    KeyStore token = KeyStore.getInstance("PKCS11", importer);
    token.load(null, PIN);
    token.setKeyEntry(
        TestAuthority.ALIAS,
        authority.signer().key(),
        null,
        authority.signer().chain().toArray(new Certificate[0]));

    // What an operator writes and names in emulation.signature.pkcs11.config.
    tokenConfig = dir.resolve("token.cfg");
    Files.writeString(
        tokenConfig,
        sunPkcs11Config("EmulationToken", library.get(), slot.group(1)),
        StandardCharsets.UTF_8);
  }

  @Test
  void aDecisionSignedByTheTokenIsValidForUsAndForPdfsig() throws Exception {
    SigningKey key = SigningKey.pkcs11(tokenConfig, PIN, TestAuthority.ALIAS);

    assertThat(key.certificate()).isEqualTo(authority.signer().certificate());
    assertThat(key.chain()).containsExactly(authority.signer().certificate(), authority.ca());
    // a handle: the key's material stays in the token, so the token itself signs
    assertThat(key.key().getEncoded()).isNull();
    assertThat(key.key().getClass().getName()).startsWith("sun.security.pkcs11.");

    RenderedPdf decision =
        AdministrativePdf.render(
            DocumentFixtures.decisionDocument(), Optional.empty(), AT.atZone(VN));
    byte[] signed =
        PadesSigner.sign(decision.bytes(), key, decision.signature(), "Ký ban hành", AT.atZone(VN));

    List<SignatureCheck> checks = PdfSignatures.verify(signed, List.of(authority.ca()));
    assertThat(checks).hasSize(1);
    SignatureCheck c = checks.get(0);
    assertThat(c.signer()).isEqualTo("Võ Minh Hoàng");
    assertThat(c.subFilter()).isEqualTo("ETSI.CAdES.detached");
    assertThat(c.signingCertificateBound()).isTrue();
    assertThat(c.trusted()).isTrue();
    assertThat(c.unchanged()).isTrue();
    assertThat(c.reasons()).isEmpty();

    Assumptions.assumeTrue(
        PadesSignerTest.available("pdfsig"),
        "pdfsig (Debian's poppler-utils) is not installed: .ci/run installs it");
    Files.createDirectories(OUT);
    Path file = OUT.resolve("quyet-dinh-signed-pkcs11.pdf");
    Files.write(file, signed);
    assertThat(PadesSignerTest.run("pdfsig", file.toString()))
        .contains("Võ Minh Hoàng")
        .contains("Signature is Valid")
        .contains("Total document signed")
        .contains("ETSI.CAdES.detached");
  }

  @Test
  void theTokenLoadedAgainStillSigns() {
    SigningKey.pkcs11(tokenConfig, PIN, TestAuthority.ALIAS);
    SigningKey again = SigningKey.pkcs11(tokenConfig, PIN, "");

    RenderedPdf decision =
        AdministrativePdf.render(
            DocumentFixtures.decisionDocument(), Optional.empty(), AT.atZone(VN));
    byte[] signed =
        PadesSigner.sign(decision.bytes(), again, decision.signature(), "Ký", AT.atZone(VN));
    assertThat(PdfSignatures.verify(signed, List.of(authority.ca())).get(0).unchanged()).isTrue();
  }

  @Test
  void anAbsentKeyIsSaidPlainly() {
    assertThatThrownBy(() -> SigningKey.pkcs11(tokenConfig, PIN, "nobody"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("cannot be used")
        .hasRootCauseMessage("no key entry nobody");
  }

  static String sunPkcs11Config(String name, Path library, String slot) {
    return "name = " + name + "\nlibrary = " + library + "\nslot = " + slot + "\n";
  }

  static Optional<Path> softhsmLibrary() {
    return Stream.of(
            "/usr/lib/softhsm/libsofthsm2.so",
            "/usr/lib/x86_64-linux-gnu/softhsm/libsofthsm2.so",
            "/usr/local/lib/softhsm/libsofthsm2.so")
        .map(Path::of)
        .filter(Files::isRegularFile)
        .findFirst();
  }

  static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> all = Files.walk(dir)) {
      for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
