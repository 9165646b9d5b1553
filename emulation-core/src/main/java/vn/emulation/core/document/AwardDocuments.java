package vn.emulation.core.document;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.stream.Collectors;
import vn.emulation.core.law.FormKind;
import vn.emulation.core.law.FormRule;
import vn.emulation.core.law.LawRuleSet;
import vn.emulation.core.law.LegalText;
import vn.emulation.core.law.Recipient;
import vn.emulation.core.procedure.Decision;
import vn.emulation.core.procedure.FormGroup;
import vn.emulation.core.procedure.Nominee;
import vn.emulation.core.procedure.Submission;

/**
 * What the procedure's documents say, from its values: the submission of a council's approved
 * nominees grouped by form (each within the office's authority, or proposed to the offices that
 * decide it), the award decision with its three articles and its attached list, and each awardee's
 * certificate. The legal bases are the texts of the law in force on the document's day. Pure.
 */
public final class AwardDocuments {

  static final List<String> LIST_COLUMNS = List.of("STT", "Họ và tên / Tên tập thể", "Đơn vị");
  static final List<Double> LIST_WIDTHS = List.of(0.1, 0.5, 0.4);

  private AwardDocuments() {}

  /**
   * The submission (tờ trình) of {@code submission} by {@code from} to {@code to}, numbered {@code
   * number} ("12/TTr-VHXH"): one item per form, in the submission's order, and one list per form
   * attached.
   */
  public static AdministrativeDocument submission(
      Submission submission,
      String number,
      SubmitterSetting from,
      DeciderSetting to,
      LawRuleSet law,
      Names names) {
    LocalDate day = submission.submittedOn();
    List<Block> body = new ArrayList<>();
    List<String> bases = new ArrayList<>();
    lawBases(law, day).forEach(t -> bases.add("Căn cứ " + t));
    bases.add(
        "Căn cứ kết quả họp xét của Hội đồng Thi đua - Khen thưởng (biên bản "
            + submission.meetingId()
            + ")");
    basisParagraphs(bases).forEach(body::add);
    body.add(
        Block.Paragraph.of(
            Run.plain(from.name() + " kính trình " + to.name() + " xem xét khen thưởng như sau:")));
    List<Block> appendix = new ArrayList<>();
    int item = 1;
    for (FormGroup g : submission.groups()) {
      FormRule form = law.formOn(g.form(), day);
      String what = formPhrase(form);
      String line =
          g.withinAuthority()
              ? item + ". Tặng " + what + " cho " + counts(g.nominees())
              : item
                  + ". Đề nghị "
                  + g.deciders().stream()
                      .map(o -> o.label().vi())
                      .collect(Collectors.joining(" hoặc "))
                  + " xem xét, tặng "
                  + what
                  + " cho "
                  + counts(g.nominees());
      body.add(Block.Paragraph.of(Run.plain(line + " (có danh sách kèm theo).")));
      appendix.addAll(
          list(
              "DANH SÁCH ĐỀ NGHỊ TẶNG " + form.name().vi().toUpperCase(java.util.Locale.ROOT),
              "(Kèm theo Tờ trình số "
                  + number
                  + " "
                  + DocumentDate.dayMonthYear(day)
                  + " của "
                  + from.name()
                  + ")",
              g.nominees(),
              names));
      item++;
    }
    body.add(Block.Paragraph.of(Run.plain("Kính trình " + to.name() + " xem xét, quyết định./.")));
    List<String> recipients = new ArrayList<>();
    recipients.add("- Như trên;");
    from.recipients().forEach(r -> recipients.add("- " + r + ";"));
    recipients.add("- Lưu: VT, " + from.issuer().symbol() + ".");
    return new AdministrativeDocument(
        DocumentKind.SUBMISSION,
        from.issuer(),
        DocumentDate.numberLine(number),
        DocumentDate.placeAndDate(from.place(), day),
        DocumentKind.SUBMISSION.title(),
        List.of("Về việc đề nghị khen thưởng " + yearsPhrase(nominees(submission))),
        "",
        "Kính gửi: " + to.name() + ".",
        body,
        from.signatory(),
        recipients,
        appendix);
  }

  /**
   * The decision {@code decision} (Mẫu 1.2) on the submission numbered {@code submissionNumber} of
   * {@code submittedOn} by {@code from}: the legal bases, "QUYẾT ĐỊNH:", Điều 1 (the award, with
   * the list attached), Điều 2 (in force on signature), Điều 3 (who implements it), signed by the
   * decision's signer.
   */
  public static AdministrativeDocument decision(
      Decision decision,
      String submissionNumber,
      LocalDate submittedOn,
      SubmitterSetting from,
      DeciderSetting at,
      LawRuleSet law,
      Names names) {
    Objects.requireNonNull(decision, "decision");
    LocalDate day = decision.decidedOn();
    FormRule form = law.formOn(decision.form(), day);
    List<Block> body = new ArrayList<>();
    List<String> bases = new ArrayList<>(at.bases());
    lawBases(law, day).forEach(t -> bases.add("Căn cứ " + t));
    bases.add("Căn cứ " + decision.authority() + " về thẩm quyền quyết định khen thưởng");
    bases.add(
        "Theo đề nghị của "
            + from.name()
            + " tại Tờ trình số "
            + submissionNumber
            + " "
            + DocumentDate.dayMonthYear(submittedOn));
    body.addAll(basisParagraphs(bases));
    body.add(new Block.Heading(Run.bold("QUYẾT ĐỊNH:")));
    List<Nominee> awardees = decision.awardees();
    body.add(
        Block.Paragraph.of(
            Run.bold("Điều 1. "),
            Run.plain(
                "Tặng "
                    + formPhrase(form)
                    + " cho "
                    + counts(awardees)
                    + " có tên trong danh sách kèm theo Quyết định này, đã có thành tích "
                    + yearsPhrase(awardees)
                    + ".")));
    body.add(
        Block.Paragraph.of(
            Run.bold("Điều 2. "), Run.plain("Quyết định này có hiệu lực kể từ ngày ký.")));
    List<String> doers = new ArrayList<>(at.implementers());
    doers.add("các " + kindsPhrase(awardees) + " có tên tại Điều 1");
    body.add(
        Block.Paragraph.of(
            Run.bold("Điều 3. "),
            Run.plain(joinSentence(doers) + " chịu trách nhiệm thi hành Quyết định này./.")));
    List<String> recipients = new ArrayList<>();
    recipients.add("- Như Điều 3;");
    at.recipients().forEach(r -> recipients.add("- " + r + ";"));
    recipients.add("- Lưu: VT, " + at.issuer().symbol() + ".");
    List<Block> appendix =
        list(
            "DANH SÁCH "
                + kindsPhrase(awardees).toUpperCase(java.util.Locale.ROOT)
                + " ĐƯỢC TẶNG "
                + form.name().vi().toUpperCase(java.util.Locale.ROOT),
            "(Kèm theo Quyết định số "
                + decision.number()
                + " "
                + DocumentDate.dayMonthYear(day)
                + " của "
                + at.name()
                + ")",
            awardees,
            names);
    return new AdministrativeDocument(
        DocumentKind.DECISION,
        at.issuer(),
        DocumentDate.numberLine(decision.number()),
        DocumentDate.placeAndDate(at.place(), day),
        DocumentKind.DECISION.title(),
        List.of("Về việc tặng " + formPhrase(form)),
        at.title(),
        "",
        body,
        at.signatory().signedBy(decision.signer()),
        recipients,
        appendix);
  }

  /**
   * The certificate of {@code awardee} under {@code decision}: who decides, the form, the awardee's
   * name and unit, the achievement, the decision's number and day, signed as the decision is.
   *
   * @throws IllegalArgumentException when {@code awardee} is not one of the decision's awardees
   */
  public static AdministrativeDocument certificate(
      Decision decision, Nominee awardee, DeciderSetting at, LawRuleSet law, Names names) {
    if (!decision.awards(awardee.nominationId())) {
      throw new IllegalArgumentException(
          awardee.nominationId() + " is no awardee of decision " + decision.number());
    }
    LocalDate day = decision.decidedOn();
    FormRule form = law.formOn(decision.form(), day);
    String heading =
        form.kind() == FormKind.TITLE
            ? "DANH HIỆU " + form.name().vi().toUpperCase(java.util.Locale.ROOT)
            : form.name().vi().toUpperCase(java.util.Locale.ROOT);
    List<Block> body = new ArrayList<>();
    body.add(new Block.Heading(Run.bold("TẶNG")));
    body.add(new Block.Heading(Run.bold(heading)));
    body.add(new Block.Heading(Run.bold(names.participant(awardee.participantId()))));
    body.add(new Block.Heading(Run.plain(names.unit(awardee.unitCode()))));
    body.add(
        new Block.Heading(
            Run.italic(
                form.kind() == FormKind.TITLE
                    ? "Đã đạt danh hiệu “" + form.name().vi() + "” năm " + awardee.year()
                    : "Đã có thành tích xuất sắc trong năm " + awardee.year())));
    body.add(
        new Block.Heading(
            Run.plain(
                "Quyết định số " + decision.number() + " " + DocumentDate.dayMonthYear(day))));
    return new AdministrativeDocument(
        DocumentKind.CERTIFICATE,
        at.issuer(),
        "",
        DocumentDate.placeAndDate(at.place(), day),
        at.title(),
        List.of(),
        "",
        "",
        body,
        at.signatory().signedBy(decision.signer()),
        List.of(),
        List.of());
  }

  /** What precedes the printed audit head (issue 13, ADR 0045). */
  static final String AUDIT_HEAD = "Nhật ký kiểm toán khi ban hành: mục số ";

  /**
   * {@code decision} with the audit log's head it was made at printed after its list: the last
   * entry's number and its SHA-256 hash (64 hexadecimal digits, on a line of their own so that a
   * reader copies them whole), as the anchor taken then publishes them. A rewrite of the whole
   * chain afterwards no longer has that hash at that number, and the paper says so from outside.
   *
   * @throws IllegalArgumentException for a number below 0 or a hash that is no SHA-256 in hex
   */
  public static AdministrativeDocument withAuditHead(
      AdministrativeDocument decision, long seq, String hash) {
    if (seq < 0 || hash == null || !hash.matches("[0-9a-f]{64}")) {
      throw new IllegalArgumentException("no audit head to print: " + seq + " " + hash);
    }
    List<Block> printed =
        List.of(
            Block.Paragraph.of(Run.italic(AUDIT_HEAD + seq + ", mã băm SHA-256:")),
            new Block.Heading(Run.plain(hash)));
    boolean inList = !decision.appendix().isEmpty();
    List<Block> body = new ArrayList<>(decision.body());
    List<Block> appendix = new ArrayList<>(decision.appendix());
    (inList ? appendix : body).addAll(printed);
    return new AdministrativeDocument(
        decision.kind(),
        decision.issuer(),
        decision.number(),
        decision.placeAndDate(),
        decision.title(),
        decision.summary(),
        decision.authority(),
        decision.addressee(),
        body,
        decision.signatory(),
        decision.recipients(),
        appendix);
  }

  /** The references of the law's texts in force on {@code day}, in the rule set's order. */
  static List<String> lawBases(LawRuleSet law, LocalDate day) {
    return law.governing(day).texts().stream()
        .filter(t -> t.inForceOn(day))
        .map(LegalText::reference)
        .toList();
  }

  /** Legal bases, italic, each ending in ";", the last in "." (Decree 30/2020, Appendix I). */
  static List<Block> basisParagraphs(List<String> bases) {
    List<Block> out = new ArrayList<>();
    for (int i = 0; i < bases.size(); i++) {
      String b = bases.get(i).strip();
      while (b.endsWith(";") || b.endsWith(".")) {
        b = b.substring(0, b.length() - 1);
      }
      out.add(Block.Paragraph.of(Run.italic(b + (i == bases.size() - 1 ? "." : ";"))));
    }
    return out;
  }

  /** The form as a decision names it: danh hiệu “Lao động tiên tiến”, or Giấy khen. */
  static String formPhrase(FormRule form) {
    return form.kind() == FormKind.TITLE
        ? "danh hiệu “" + form.name().vi() + "”"
        : form.name().vi();
  }

  /** How many of each kind: "02 cá nhân, 01 tập thể và 01 hộ gia đình". */
  static String counts(List<Nominee> nominees) {
    Map<Recipient, Integer> by = byKind(nominees);
    List<String> parts = new ArrayList<>();
    by.forEach((k, n) -> parts.add(DocumentDate.twoDigits(n) + " " + kindWord(k)));
    return joinSentence(parts);
  }

  /** The kinds present: "cá nhân, tập thể". */
  static String kindsPhrase(List<Nominee> nominees) {
    return joinSentence(byKind(nominees).keySet().stream().map(AwardDocuments::kindWord).toList());
  }

  /** The years of the achievements: "năm 2025", "các năm 2024, 2025". */
  static String yearsPhrase(List<Nominee> nominees) {
    TreeSet<Integer> years = new TreeSet<>();
    nominees.forEach(n -> years.add(n.year()));
    String list = years.stream().map(String::valueOf).collect(Collectors.joining(", "));
    return (years.size() > 1 ? "các năm " : "năm ") + list;
  }

  /** A list's title, reference and one section per kind with its table. */
  static List<Block> list(String title, String reference, List<Nominee> nominees, Names names) {
    List<Block> out = new ArrayList<>();
    out.add(new Block.Heading(Run.bold(title)));
    out.add(new Block.Heading(Run.italic(reference)));
    Map<Recipient, Integer> by = byKind(nominees);
    int section = 0;
    String[] roman = {"I", "II", "III"};
    for (Recipient kind : by.keySet()) {
      out.add(
          Block.Paragraph.of(
              Run.bold(
                  roman[section++]
                      + ". "
                      + kindWord(kind).toUpperCase(java.util.Locale.ROOT)
                      + " ("
                      + DocumentDate.twoDigits(by.get(kind))
                      + ")")));
      List<List<String>> rows = new ArrayList<>();
      for (Nominee n : nominees) {
        if (n.kind() == kind) {
          rows.add(
              List.of(
                  Integer.toString(rows.size() + 1),
                  names.participant(n.participantId()),
                  names.unit(n.unitCode())));
        }
      }
      out.add(new Block.Table(LIST_COLUMNS, LIST_WIDTHS, rows));
    }
    return out;
  }

  private static Map<Recipient, Integer> byKind(List<Nominee> nominees) {
    Map<Recipient, Integer> by = new EnumMap<>(Recipient.class);
    nominees.forEach(n -> by.merge(n.kind(), 1, Integer::sum));
    return by;
  }

  private static String kindWord(Recipient kind) {
    return kind.label().vi().toLowerCase(java.util.Locale.ROOT);
  }

  private static List<Nominee> nominees(Submission s) {
    return s.groups().stream().flatMap(g -> g.nominees().stream()).toList();
  }

  /** "a", "a và b", "a, b và c". */
  static String joinSentence(List<String> parts) {
    if (parts.size() <= 1) {
      return String.join("", parts);
    }
    return String.join(", ", parts.subList(0, parts.size() - 1))
        + " và "
        + parts.get(parts.size() - 1);
  }
}
