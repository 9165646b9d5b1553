package vn.emulation.jakarta.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import vn.emulation.core.unit.OrgHierarchy;
import vn.emulation.core.unit.OrgUnit;
import vn.emulation.core.unit.UnitLevel;

/**
 * The demo's administrative units: the wards and the commune of Rạch Giá with their population and
 * pace, and the hierarchy with the reorganisation of 1 July 2025. Package-private table.
 */
final class DemoUnits {

  /** The first day every pre-existing unit is known from: the start of the code list used. */
  static final LocalDate KNOWN_FROM = LocalDate.of(2004, 1, 1);

  /**
   * How far a ward runs ahead of (positive) or behind (negative) the plan's thresholds, in
   * percentage points at a threshold of 40 % or more.
   */
  enum Pace {
    AHEAD(6.0),
    ON_TRACK(3.0),
    BEHIND(-2.5),
    LAGGING(-8.0);

    final double margin;

    Pace(double margin) {
      this.margin = margin;
    }
  }

  /** A ward or commune of 2022–2025 and the new ward it went into on 1 July 2025. */
  record Ward(
      String code, String name, boolean commune, int population, Pace pace, String successor) {}

  /** A ward opened by the reorganisation, under An Giang province. */
  record NewWard(String code, String name) {}

  static final NewWard RACH_GIA = new NewWard(DemoCityGenerator.WARD_RACH_GIA, "Phường Rạch Giá");
  static final NewWard VINH_THONG = new NewWard("30793", "Phường Vĩnh Thông");

  static final List<NewWard> NEW_WARDS = List.of(RACH_GIA, VINH_THONG);

  static final List<Ward> WARDS =
      List.of(
          new Ward("30730", "Phường Vĩnh Thanh Vân", false, 19_800, Pace.AHEAD, RACH_GIA.code()),
          new Ward("30733", "Phường Vĩnh Thanh", false, 13_500, Pace.ON_TRACK, RACH_GIA.code()),
          new Ward("30736", "Phường Vĩnh Quang", false, 31_200, Pace.AHEAD, RACH_GIA.code()),
          new Ward("30739", "Phường Vĩnh Hiệp", false, 17_900, Pace.ON_TRACK, RACH_GIA.code()),
          new Ward("30742", "Phường Vĩnh Bảo", false, 14_300, Pace.ON_TRACK, VINH_THONG.code()),
          new Ward("30745", "Phường Vĩnh Lạc", false, 26_400, Pace.BEHIND, RACH_GIA.code()),
          new Ward("30748", "Phường An Hòa", false, 33_600, Pace.ON_TRACK, RACH_GIA.code()),
          new Ward("30751", "Phường An Bình", false, 15_200, Pace.BEHIND, RACH_GIA.code()),
          new Ward("30754", "Phường Rạch Sỏi", false, 27_800, Pace.LAGGING, RACH_GIA.code()),
          new Ward("30757", "Phường Vĩnh Lợi", false, 18_600, Pace.BEHIND, RACH_GIA.code()),
          new Ward("30760", "Phường Vĩnh Thông", false, 24_100, Pace.ON_TRACK, VINH_THONG.code()),
          new Ward("30763", "Xã Phi Thông", true, 9_700, Pace.LAGGING, VINH_THONG.code()));

  private DemoUnits() {}

  static Ward ward(String code) {
    return WARDS.stream()
        .filter(w -> w.code().equals(code))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no demo ward " + code));
  }

  /** The wards of 2022–2025 that went into {@code newWardCode}. */
  static List<Ward> predecessors(String newWardCode) {
    return WARDS.stream().filter(w -> w.successor().equals(newWardCode)).toList();
  }

  /** The units of the whole history, with the reorganisation of 1 July 2025 applied. */
  static OrgHierarchy hierarchy() {
    LocalDate on = DemoCityGenerator.REORGANISED_ON;
    List<OrgUnit> before = new ArrayList<>();
    before.add(
        OrgUnit.open(
            DemoCityGenerator.PROVINCE_KIEN_GIANG,
            "Tỉnh Kiên Giang",
            UnitLevel.PROVINCE,
            null,
            KNOWN_FROM));
    before.add(
        OrgUnit.open(
            DemoCityGenerator.PROVINCE_AN_GIANG,
            "Tỉnh An Giang",
            UnitLevel.PROVINCE,
            null,
            KNOWN_FROM));
    before.add(
        OrgUnit.open(
            DemoCityGenerator.CITY_RACH_GIA,
            "Thành phố Rạch Giá",
            UnitLevel.DISTRICT,
            DemoCityGenerator.PROVINCE_KIEN_GIANG,
            KNOWN_FROM));
    for (Ward w : WARDS) {
      before.add(
          OrgUnit.open(
              w.code(), w.name(), UnitLevel.COMMUNE, DemoCityGenerator.CITY_RACH_GIA, KNOWN_FROM));
    }
    OrgHierarchy h = OrgHierarchy.of(before);
    for (NewWard n : NEW_WARDS) {
      Set<String> sources = new LinkedHashSet<>();
      predecessors(n.code()).forEach(w -> sources.add(w.code()));
      h =
          h.merge(
              sources,
              OrgUnit.open(
                  n.code(), n.name(), UnitLevel.COMMUNE, DemoCityGenerator.PROVINCE_AN_GIANG, on),
              on);
    }
    // the district level ends and Kiên Giang joins An Giang: both close with named successors
    Set<String> newWards = Set.of(RACH_GIA.code(), VINH_THONG.code());
    List<OrgUnit> after = new ArrayList<>();
    for (OrgUnit u : h.all()) {
      if (u.code().equals(DemoCityGenerator.CITY_RACH_GIA)) {
        after.add(u.closeOn(on, newWards));
      } else if (u.code().equals(DemoCityGenerator.PROVINCE_KIEN_GIANG)) {
        after.add(u.closeOn(on, Set.of(DemoCityGenerator.PROVINCE_AN_GIANG)));
      } else {
        after.add(u);
      }
    }
    return OrgHierarchy.of(after);
  }
}
