package vn.emulation.jakarta.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import vn.emulation.core.participant.Collective;
import vn.emulation.core.participant.Individual;
import vn.emulation.core.participant.Participant;
import vn.emulation.core.participant.ParticipantCategory;
import vn.emulation.core.participant.ParticipantKind;
import vn.emulation.core.plan.Plan;
import vn.emulation.core.unit.OrgHierarchy;
import vn.emulation.jakarta.demo.DemoParticipants.Row;

/**
 * Generates the demo city for a plan: the same plan and seed give the same city.
 *
 * <p><b>Units</b> (demo data, not legal fact). Kiên Giang province ({@value #PROVINCE_KIEN_GIANG})
 * and An Giang province ({@value #PROVINCE_AN_GIANG}) are known from 2004-01-01, the start of the
 * unit-code list; Rạch Giá city ({@value #CITY_RACH_GIA}, district level) lies in Kiên Giang with
 * eleven wards and one commune. Their five-digit codes (30730–30763, in steps of three) follow the
 * pattern of the statistics office's list but are demo codes, not checked against it. On 1 July
 * 2025: the nine wards Vĩnh Quang, Vĩnh Thanh, Vĩnh Thanh Vân, Vĩnh Lạc, Vĩnh Hiệp, An Hòa, An
 * Bình, Rạch Sỏi and Vĩnh Lợi merge into the new Phường Rạch Giá ({@value #WARD_RACH_GIA}) under An
 * Giang, as the 2025 resolutions did; Vĩnh Bảo, Vĩnh Thông and the commune Phi Thông merge into a
 * new Phường Vĩnh Thông (30793), a simplification of what happened to them; the city closes, naming
 * both new wards as successors (the district level ends and its territory is shared between them);
 * Kiên Giang closes with An Giang as its successor.
 *
 * <p><b>Reports.</b> A unit reports a year only if it exists at the year's end, so the closed wards
 * and the city have none for 2025 and the new wards report 2025 themselves. Countable indicators
 * whose targets apply at ward level are reported by every ward, the others by the city (the digital
 * economy's share per sector: {@code NONG_NGHIEP}, {@code CONG_NGHIEP}, {@code DICH_VU}); values
 * follow the plan's thresholds plus each ward's pace, and a few reports are missing on purpose.
 *
 * <p><b>Participants and evidence</b>: about sixty, every category of the plan represented, each
 * with a behaviour (see {@code Profile}) that makes some eligible, some not, some incomplete.
 * Thread-safe: each call works on its own state.
 */
public final class DemoCityGenerator {

  public static final String PROVINCE_KIEN_GIANG = "91";
  public static final String PROVINCE_AN_GIANG = "89";
  public static final String CITY_RACH_GIA = "899";

  /** The demo code of the ward Rạch Giá opened on {@link #REORGANISED_ON}. */
  public static final String WARD_RACH_GIA = "30790";

  /** The day the district level ended and the provinces and wards were reorganised. */
  public static final LocalDate REORGANISED_ON = LocalDate.of(2025, 7, 1);

  /** A seed that gives the city the sample server ships with. */
  public static final long DEFAULT_SEED = 20221201L;

  private DemoCityGenerator() {}

  /**
   * The demo city for {@code plan}: its participants in the plan's categories (rows whose category
   * the plan lacks are left out), reports for every indicator and year of the plan, evidence for
   * every occasion.
   */
  public static DemoCity generate(Plan plan, long seed) {
    Objects.requireNonNull(plan, "plan");
    Random random = new Random(seed);
    OrgHierarchy units = DemoUnits.hierarchy();
    List<Row> rows =
        DemoParticipants.rows().stream()
            .filter(r -> plan.category(r.category()).isPresent())
            .toList();
    List<Participant> participants = new ArrayList<>();
    for (Row r : rows) {
      ParticipantCategory category = plan.category(r.category()).orElseThrow();
      participants.add(
          category.kind() == ParticipantKind.COLLECTIVE
              ? new Collective(r.id(), r.name(), r.category(), r.unitCode())
              : new Individual(r.id(), r.name(), r.category(), r.unitCode()));
    }
    return new DemoCity(
        units,
        participants,
        new DemoMeasurements(plan, units, random).generate(),
        new DemoEvidenceFactory(plan, units, random).generate(rows));
  }
}
