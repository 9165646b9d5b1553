package vn.emulation.core.procedure.received;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import vn.emulation.core.common.LocalizedText;
import vn.emulation.core.common.Messages;
import vn.emulation.core.common.ProblemCollector;
import vn.emulation.core.law.LawNotInForceException;
import vn.emulation.core.law.LawRuleSet;
import vn.emulation.core.law.Office;

/**
 * The receiving level's rule for an electronic dossier upward: it is taken whole or not at all.
 * Every file the manifest lists must be in the archive with the size and SHA-256 listed, and the
 * archive must hold nothing else; each nominee's files must be listed; each form proposed must be
 * one the receiving office may decide by the law in force on the day of the submission; and a
 * nomination is received once. The signature over the manifest is the adapter's to check (it is
 * bytes and certificates); what it found is handed in. Pure and thread-safe.
 */
public final class DossierReceipt {

  private DossierReceipt() {}

  /**
   * The received nominations of {@code manifest}, one per nominee, to {@code receiver} in {@code
   * planCode}.
   *
   * @param archive every file of the archive but the manifest and its signature, as found
   * @param signatureProblem why the manifest's signature is not good, or {@code null} when it is
   * @param manifestSha256 the SHA-256 of the manifest's bytes
   * @param received the sources this plan has received already
   * @param ids a new identifier for each received nomination
   * @throws vn.emulation.core.common.InvalidInputException listing every problem at once: {@code
   *     signature}, {@code format}, {@code nominees}, {@code files[i]} (missing, another size or
   *     SHA-256, listed twice: each names the file), {@code archive} (a file not listed), {@code
   *     submissionFile}, {@code nominees[i].files[j]}, {@code nominees[i].form} (beyond the
   *     receiver), {@code nominees[i].nominationId} (received already)
   */
  public static List<ReceivedNomination> receive(
      String planCode,
      DossierManifest manifest,
      List<ArchivedFile> archive,
      LocalizedText signatureProblem,
      String manifestSha256,
      Office receiver,
      LawRuleSet law,
      Set<ReceivedNomination.Source> received,
      Supplier<String> ids,
      String actor,
      Instant at) {
    Objects.requireNonNull(manifest, "manifest");
    Objects.requireNonNull(receiver, "receiver");
    ProblemCollector problems = new ProblemCollector();
    if (signatureProblem != null) {
      problems.add(
          "signature",
          Messages.text(
              "procedure.received.signature", DossierManifest.SIGNATURE, signatureProblem));
    }
    if (!DossierManifest.FORMAT.equals(manifest.format())) {
      problems.add(
          "format",
          Messages.text("procedure.received.format", manifest.format(), DossierManifest.FORMAT));
    }
    if (manifest.nominees().isEmpty()) {
      problems.add("nominees", Messages.text("procedure.received.noNominee"));
    }
    checkFiles(manifest, archive, problems);
    if (manifest.file(manifest.submissionFile()).isEmpty()) {
      problems.add(
          "submissionFile",
          Messages.text("procedure.received.unlisted", manifest.submissionFile()));
    }
    LocalDate day = manifest.submittedOn();
    for (int i = 0; i < manifest.nominees().size(); i++) {
      DossierNominee n = manifest.nominees().get(i);
      String at0 = "nominees[" + i + "]";
      for (int j = 0; j < n.files().size(); j++) {
        if (manifest.file(n.files().get(j)).isEmpty()) {
          problems.add(
              at0 + ".files[" + j + "]",
              Messages.text("procedure.received.unlisted", n.files().get(j)));
        }
      }
      checkAuthority(law, receiver, n.form(), day, at0 + ".form", problems);
      ReceivedNomination.Source source =
          new ReceivedNomination.Source(
              manifest.planCode(), manifest.submissionId(), n.nominationId());
      if (received.contains(source)) {
        problems.add(
            at0 + ".nominationId",
            Messages.text(
                "procedure.received.twice",
                n.nominationId(),
                manifest.submissionId(),
                manifest.planCode()));
      }
    }
    problems.throwIfAny("received dossier");
    List<ReceivedNomination> out = new ArrayList<>();
    for (DossierNominee n : manifest.nominees()) {
      List<DossierFile> files = new ArrayList<>();
      manifest.file(manifest.submissionFile()).ifPresent(files::add);
      n.files().forEach(p -> files.add(manifest.file(p).orElseThrow()));
      out.add(
          new ReceivedNomination(
              ids.get(),
              planCode,
              new ReceivedNomination.Source(
                  manifest.planCode(), manifest.submissionId(), n.nominationId()),
              manifest.proposingBody(),
              manifest.from(),
              receiver,
              day,
              n,
              files,
              manifestSha256,
              ReceivedState.RECEIVED,
              actor,
              at));
    }
    return List.copyOf(out);
  }

  private static void checkFiles(
      DossierManifest manifest, List<ArchivedFile> archive, ProblemCollector problems) {
    Map<String, ArchivedFile> found = new HashMap<>();
    archive.forEach(f -> found.put(f.path(), f));
    Set<String> listed = new HashSet<>();
    for (int i = 0; i < manifest.files().size(); i++) {
      DossierFile f = manifest.files().get(i);
      String at = "files[" + i + "]";
      if (!listed.add(f.path())) {
        problems.add(at + ".path", Messages.text("procedure.received.listedTwice", f.path()));
        continue;
      }
      ArchivedFile a = found.get(f.path());
      if (a == null) {
        problems.add(at, Messages.text("procedure.received.missing", f.path()));
        continue;
      }
      if (a.size() != f.size()) {
        problems.add(
            at + ".size",
            Messages.text(
                "procedure.received.size",
                f.path(),
                String.valueOf(a.size()),
                String.valueOf(f.size())));
      }
      if (!a.sha256().equals(f.sha256())) {
        problems.add(
            at + ".sha256",
            Messages.text("procedure.received.sha256", f.path(), a.sha256(), f.sha256()));
      }
    }
    archive.stream()
        .map(ArchivedFile::path)
        .filter(p -> !listed.contains(p))
        .sorted()
        .forEach(p -> problems.add("archive", Messages.text("procedure.received.extra", p)));
  }

  private static void checkAuthority(
      LawRuleSet law,
      Office receiver,
      String form,
      LocalDate day,
      String path,
      ProblemCollector problems) {
    try {
      if (!law.mayDecide(receiver, form, day)) {
        problems.add(
            path,
            Messages.text(
                "procedure.received.beyondReceiver",
                form,
                receiver.label().vi(),
                receiver.label().en(),
                day));
      }
    } catch (LawNotInForceException e) {
      problems.add(path, e.reason());
    }
  }
}
