package vn.emulation.jakarta.application.procedure;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Address;
import jakarta.mail.internet.MimeMessage;
import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.emulation.core.procedure.FileReference;
import vn.emulation.core.procedure.notice.NoticeKind;
import vn.emulation.core.procedure.registration.Registration;
import vn.emulation.core.procedure.registration.RegistrationDeadline;
import vn.emulation.jakarta.application.PageRequest;
import vn.emulation.jakarta.application.Precondition;
import vn.emulation.jakarta.application.access.Caller;
import vn.emulation.jakarta.application.access.Role;
import vn.emulation.jakarta.application.events.ApplicationEvents;
import vn.emulation.jakarta.application.events.CaseChanged;
import vn.emulation.jakarta.application.events.PlanStatusChanged;
import vn.emulation.jakarta.application.events.ReportStored;
import vn.emulation.jakarta.application.events.UnitReorganised;
import vn.emulation.jakarta.application.events.UploadStored;
import vn.emulation.jakarta.application.events.VerdictStored;
import vn.emulation.jakarta.application.notice.Notices;
import vn.emulation.jakarta.application.notice.StoredNotice;
import vn.emulation.jakarta.application.plan.PlanCatalog;
import vn.emulation.jakarta.application.plan.PlanCatalogs;
import vn.emulation.jakarta.application.unit.Scopes;
import vn.emulation.jakarta.infrastructure.mail.JakartaNoticeMail;
import vn.emulation.jakarta.infrastructure.mail.MailSettings;
import vn.emulation.jakarta.testing.InMemoryCases;
import vn.emulation.jakarta.testing.InMemoryCity;
import vn.emulation.jakarta.testing.InMemoryNoticeRepository;

/**
 * A registration returned by Home Affairs, through the generic case flow, its event delivered (as
 * the after-commit observer does) to the notices, mailed through Jakarta Mail to a real SMTP server
 * the test starts (GreenMail): the ward's reporter, who prefers Vietnamese, receives it in
 * Vietnamese with every diacritic of the reason; the ward's head, who prefers English, in English;
 * another ward's staff and Home Affairs receive nothing. The sending was Home Affairs' work: it is
 * told when the ward sends again.
 */
class ReturnedRegistrationMailTest {

  @RegisterExtension
  static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

  private static final String PLAN = InMemoryCity.PLAN;
  private static final String REASON =
      "Thiếu biên bản họp; đề nghị bổ sung chữ ký của Chủ tịch UBND phường."
          + " Kiểm tra dấu: àáảãạ ăằắẳẵặ âầấẩẫậ đĐ èéẻẽẹ êềếểễệ ìíỉĩị òóỏõọ ôồốổỗộ ơờớởỡợ"
          + " ùúủũụ ưừứửữự ỳýỷỹỵ";
  private static final Caller WARD_HEAD =
      new Caller("an.head", Set.of(Role.UNIT_HEAD), InMemoryCity.WARD);
  private static final Caller OTHER_WARD =
      new Caller("binh.reporter", Set.of(Role.REPORTER), InMemoryCity.OTHER_WARD);

  private final InMemoryCity city = new InMemoryCity();
  private final PlanCatalog plans = PlanCatalogs.withRachGia(city);
  private final InMemoryNoticeRepository noticeStore = new InMemoryNoticeRepository();
  private final InMemoryCases<Registration> store =
      new InMemoryCases<>(Registration::id, Registration::version);
  private Notices notices;
  private CaseFlow<Registration> flow;

  /** The mail on the server the extension started for this test. */
  @BeforeEach
  void onTheServer() {
    JakartaNoticeMail mail =
        new JakartaNoticeMail(
            new MailSettings(
                Optional.of("127.0.0.1"),
                SMTP.getSmtp().getPort(),
                false,
                Optional.empty(),
                Optional.empty(),
                "thidua@rachgia.example"));
    notices = new Notices(noticeStore, mail, city.callers, InMemoryCity.CLOCK, plans, null, null);
    flow =
        new CaseFlows(
                plans,
                Scopes.of(city),
                city.callers,
                city.audit,
                InMemoryCity.CLOCK,
                afterCommit(notices))
            .of(Registrations.KIND, store);
  }

  /** What NoticeDelivery does after the commit: store the notice, then mail it. */
  private static ApplicationEvents afterCommit(Notices notices) {
    return new ApplicationEvents() {
      @Override
      public void reportStored(ReportStored event) {}

      @Override
      public void uploadStored(UploadStored event) {}

      @Override
      public void unitReorganised(UnitReorganised event) {}

      @Override
      public void verdictStored(VerdictStored event) {}

      @Override
      public void planStatusChanged(PlanStatusChanged event) {}

      @Override
      public void caseChanged(CaseChanged event) {
        notices.caseChanged(event).ifPresent(notices::mail);
      }
    };
  }

  private void subscribe(Caller who, String language, String email) {
    city.callers.actAs(who);
    notices.saveSettings(language, email);
  }

  private Registration sent() {
    return Registration.open(
            "reg-1",
            PLAN,
            null,
            InMemoryCity.WARD,
            List.of("p-1"),
            new FileReference("ke-hoach.pdf", FileReference.PDF, 10, "ab".repeat(32)),
            new RegistrationDeadline(LocalDate.of(2023, 1, 31), "REGISTRATION"),
            "tram.reporter",
            Instant.parse("2023-01-05T02:00:00Z"))
        .submit("tram.reporter", Instant.parse("2023-01-06T02:00:00Z"));
  }

  private static Map<String, MimeMessage> byRecipient(MimeMessage[] received) throws Exception {
    Map<String, MimeMessage> out = new TreeMap<>();
    for (MimeMessage m : received) {
      for (Address a : m.getAllRecipients()) {
        out.put(a.toString(), m);
      }
    }
    return out;
  }

  private static String text(MimeMessage m) throws Exception {
    return ((String) m.getContent()).replace("\r\n", "\n").strip();
  }

  @Test
  void theReturnIsMailedToTheWardsStaffEachInTheirLanguage() throws Exception {
    subscribe(InMemoryCity.WARD_REPORTER, "vi", "tram@phuong.example");
    subscribe(WARD_HEAD, "en", "an@phuong.example");
    subscribe(OTHER_WARD, "vi", "binh@phuong-khac.example");
    subscribe(InMemoryCity.OFFICER, "vi", "lan@noivu.example");
    store.insert(sent());

    city.callers.actAs(InMemoryCity.OFFICER);
    flow.change(
        PLAN,
        "reg-1",
        Precondition.oneOf(List.of("2")),
        WhoMayAct.HOME_AFFAIRS,
        Registration.RETURN,
        r -> r.returnForCorrection(flow.actor(), flow.now(), REASON));

    assertThat(SMTP.waitForIncomingEmail(5000, 2)).isTrue();
    Map<String, MimeMessage> mails = byRecipient(SMTP.getReceivedMessages());
    assertThat(mails.keySet()).containsExactly("an@phuong.example", "tram@phuong.example");

    MimeMessage vi = mails.get("tram@phuong.example");
    assertThat(vi.getSubject())
        .isEqualTo("Trả lại để chỉnh sửa: bản đăng ký thi đua của đơn vị " + InMemoryCity.WARD);
    assertThat(text(vi))
        .isEqualTo(
            "Sở Nội vụ đã trả lại bản đăng ký thi đua của đơn vị "
                + InMemoryCity.WARD
                + " thuộc kế hoạch "
                + PLAN
                + " để chỉnh sửa.\nLý do: "
                + REASON
                + "\nMã hồ sơ: reg-1");
    assertThat(Normalizer.isNormalized(text(vi), Normalizer.Form.NFC)).isTrue();
    assertThat(Arrays.toString(vi.getFrom())).contains("thidua@rachgia.example");
    assertThat(vi.getContentType()).containsIgnoringCase("charset=UTF-8");

    MimeMessage en = mails.get("an@phuong.example");
    assertThat(en.getSubject())
        .isEqualTo(
            "Returned for correction: the emulation registration of unit " + InMemoryCity.WARD);
    assertThat(text(en))
        .isEqualTo(
            "Home Affairs returned the emulation registration of unit "
                + InMemoryCity.WARD
                + " of plan "
                + PLAN
                + " for correction.\nReason: "
                + REASON
                + "\nCase: reg-1");

    // the notice is in the ward's list, unread, and in nobody else's
    city.callers.actAs(InMemoryCity.WARD_REPORTER);
    List<StoredNotice.Read> ward = notices.mine(false, new PageRequest(0, 10)).items();
    assertThat(ward).hasSize(1);
    assertThat(ward.get(0).notice().notice().kind()).isEqualTo(NoticeKind.RETURNED);
    assertThat(ward.get(0).notice().notice().reason()).isEqualTo(REASON);
    assertThat(ward.get(0).read()).isFalse();
    assertThat(notices.unread()).isEqualTo(1);
    notices.markRead(ward.get(0).notice().id());
    assertThat(notices.unread()).isZero();
    city.callers.actAs(WARD_HEAD);
    assertThat(notices.unread()).as("read by the reporter, not by the head").isEqualTo(1);
    city.callers.actAs(OTHER_WARD);
    assertThat(notices.mine(false, new PageRequest(0, 10)).items()).isEmpty();
    city.callers.actAs(InMemoryCity.OFFICER);
    assertThat(notices.mine(false, new PageRequest(0, 10)).items()).isEmpty();
  }

  @Test
  void sendingAgainTellsHomeAffairsOnly() throws Exception {
    subscribe(InMemoryCity.WARD_REPORTER, "vi", "tram@phuong.example");
    subscribe(InMemoryCity.OFFICER, "en", "lan@noivu.example");
    store.insert(
        sent().returnForCorrection("lan.officer", Instant.parse("2023-01-07T02:00:00Z"), "x"));

    city.callers.actAs(InMemoryCity.WARD_REPORTER);
    flow.change(
        PLAN,
        "reg-1",
        Precondition.oneOf(List.of("3")),
        WhoMayAct.UNIT_STAFF,
        Registration.SUBMIT,
        r -> r.submit(flow.actor(), flow.now()));

    assertThat(SMTP.waitForIncomingEmail(5000, 1)).isTrue();
    Map<String, MimeMessage> mails = byRecipient(SMTP.getReceivedMessages());
    assertThat(mails.keySet()).containsExactly("lan@noivu.example");
    assertThat(mails.get("lan@noivu.example").getSubject())
        .isEqualTo("New case sent: the emulation registration of unit " + InMemoryCity.WARD);
  }

  @Test
  void withoutAServerTheNoticeIsKeptAndNothingIsMailed() {
    Notices quiet =
        new Notices(
            noticeStore,
            new JakartaNoticeMail(MailSettings.none()),
            city.callers,
            InMemoryCity.CLOCK,
            plans,
            null,
            null);
    city.callers.actAs(InMemoryCity.WARD_REPORTER);
    quiet.saveSettings("vi", "tram@phuong.example");
    CaseChanged returned =
        new CaseChanged(
            "registration",
            PLAN,
            "reg-9",
            InMemoryCity.WARD,
            "return",
            "SUBMITTED",
            "RETURNED",
            3,
            "lý do",
            "lan.officer",
            Instant.parse("2023-01-07T02:00:00Z"));

    StoredNotice stored = quiet.caseChanged(returned).orElseThrow();

    assertThat(quiet.mail(stored)).isZero();
    assertThat(SMTP.getReceivedMessages()).isEmpty();
    assertThat(quiet.caseChanged(returned)).as("the same transition is told once").isEmpty();
    assertThat(noticeStore.all()).hasSize(1);
  }
}
