package vn.emulation.jakarta.infrastructure.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.emulation.core.procedure.AnnouncementState;
import vn.emulation.core.procedure.CouncilMeeting;
import vn.emulation.core.procedure.PublicAnnouncement;
import vn.emulation.core.procedure.Revocation;
import vn.emulation.core.procedure.RevocationState;
import vn.emulation.core.procedure.Submission;
import vn.emulation.jakarta.application.procedure.ChangedMeanwhileException;
import vn.emulation.jakarta.application.procedure.PlanAnnouncement;
import vn.emulation.jakarta.application.procedure.PlanCouncilMeeting;
import vn.emulation.jakarta.application.procedure.PlanRevocation;
import vn.emulation.jakarta.application.procedure.PlanSubmission;
import vn.emulation.jakarta.testing.AwardProcedure;

/**
 * The cases of steps 5–8 through their JDBC repositories on a real database: each stored as opened,
 * changed on the version read, and read back equal, diacritics intact; a change on a stale version
 * stores nothing; lists by state and, for revocations, by unit. H2 and PostgreSQL.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class AwardCaseStoreContract {

  private TestDatabase db;
  private JdbcCaseRepository cases;
  private final String run = UUID.randomUUID().toString().substring(0, 8);
  private final String plan = "plan-" + run;

  abstract TestDatabase.Kind kind();

  @BeforeAll
  void open() {
    db = TestDatabase.open(kind());
    cases = new JdbcCaseRepository(db.dataSource);
  }

  @AfterAll
  void close() throws SQLException {
    if (db != null) {
      db.close();
    }
  }

  @Test
  void everyStepIsStoredOpenedThenChangedAndReadsBackEqual() {
    var announcements = new JdbcAnnouncementRepository(cases);
    var meetings = new JdbcCouncilMeetingRepository(cases);
    var submissions = new JdbcSubmissionRepository(cases);
    var revocations = new JdbcRevocationRepository(cases);
    String a = "A-" + run;
    PublicAnnouncement closed = AwardProcedure.closedAnnouncement(a);
    PublicAnnouncement prepared =
        PublicAnnouncement.prepare(a, closed.nominees(), closed.openedBy(), closed.openedAt());
    announcements.insert(new PlanAnnouncement(plan, "ANNUAL_2025", prepared));
    announcements.update(new PlanAnnouncement(plan, "ANNUAL_2025", closed), 0);
    assertThat(announcements.find(a).orElseThrow().announcement()).isEqualTo(closed);
    assertThat(announcements.list(plan, AnnouncementState.CLOSED))
        .extracting(x -> x.announcement().id())
        .containsExactly(a);
    assertThat(announcements.list(plan, AnnouncementState.PUBLISHED)).isEmpty();

    CouncilMeeting meeting = AwardProcedure.closedMeeting("C-" + run, closed);
    meetings.insert(new PlanCouncilMeeting(plan, "ANNUAL_2025", meeting));
    assertThat(meetings.find(meeting.id()).orElseThrow().meeting()).isEqualTo(meeting);

    Submission submission = AwardProcedure.decidedSubmission("S-" + run, meeting);
    submissions.insert(new PlanSubmission(plan, "ANNUAL_2025", submission));
    Submission closedSubmission = submission.close("chairman", AwardProcedure.at("2026-03-06"));
    submissions.update(
        new PlanSubmission(plan, "ANNUAL_2025", closedSubmission), submission.version());
    assertThat(submissions.find(submission.id()).orElseThrow().submission())
        .isEqualTo(closedSubmission);

    Revocation revocation = AwardProcedure.recovered("R-" + run, submission);
    revocations.insert(new PlanRevocation(plan, submission.id(), revocation));
    assertThat(revocations.find(revocation.id()).orElseThrow().revocation()).isEqualTo(revocation);
    assertThat(revocations.list(plan, RevocationState.RECOVERED, List.of("30790"))).hasSize(1);
    assertThat(revocations.list(plan, null, List.of("30791"))).isEmpty();
    assertThat(revocations.list(plan, null, null)).hasSize(1);
  }

  @Test
  void aChangeOnAStaleVersionStoresNothing() {
    var announcements = new JdbcAnnouncementRepository(cases);
    String a = "A2-" + run;
    PublicAnnouncement prepared =
        PublicAnnouncement.prepare(
            a, AwardProcedure.nominees(), "hoa.officer", AwardProcedure.at("2026-02-05"));
    announcements.insert(new PlanAnnouncement(plan, "ANNUAL_2025", prepared));
    PublicAnnouncement withdrawn =
        prepared.withdraw("Danh sách sai", "hoa.officer", AwardProcedure.at("2026-02-06"));
    announcements.update(new PlanAnnouncement(plan, "ANNUAL_2025", withdrawn), 0);
    PublicAnnouncement published =
        prepared.publish(
            AwardProcedure.PUBLISHED_ON,
            "https://rachgia.angiang.gov.vn",
            AwardProcedure.LAW,
            AwardProcedure.CALENDAR,
            "admin",
            AwardProcedure.at("2026-02-06"));

    assertThatThrownBy(
            () -> announcements.update(new PlanAnnouncement(plan, "ANNUAL_2025", published), 0))
        .isInstanceOf(ChangedMeanwhileException.class);
    assertThat(announcements.find(a).orElseThrow().announcement()).isEqualTo(withdrawn);
  }
}
