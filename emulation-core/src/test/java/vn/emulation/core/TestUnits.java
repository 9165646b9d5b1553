package vn.emulation.core;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import vn.emulation.core.unit.OrgHierarchy;
import vn.emulation.core.unit.OrgUnit;
import vn.emulation.core.unit.Placement;
import vn.emulation.core.unit.UnitLevel;

/**
 * Old Rạch Giá city (district level, in Kiên Giang) with its nine wards, and the reform of 1 July
 * 2025 that abolished the district level and merged the nine wards into the one ward Rạch Giá of An
 * Giang province. Codes are made up; names are the real ones.
 */
public final class TestUnits {

  public static final LocalDate FOUNDED = LocalDate.of(2005, 1, 1);
  public static final LocalDate REFORM = LocalDate.of(2025, 7, 1);
  public static final LocalDate EVE = REFORM.minusDays(1);

  public static final String KIEN_GIANG = "KG";
  public static final String AN_GIANG = "AG";
  public static final String CITY = "RG";
  public static final String NEW_WARD = "RGW";

  public static final List<String> WARD_NAMES =
      List.of(
          "Vĩnh Quang",
          "Vĩnh Thanh",
          "Vĩnh Thanh Vân",
          "Vĩnh Lạc",
          "Vĩnh Hiệp",
          "An Hòa",
          "An Bình",
          "Rạch Sỏi",
          "Vĩnh Lợi");

  /** W01 … W09, in the order of {@link #WARD_NAMES}. */
  public static final List<String> NINE_WARDS =
      List.of("W01", "W02", "W03", "W04", "W05", "W06", "W07", "W08", "W09");

  private TestUnits() {}

  /** The units as they stood before the reform; the city is already known to close on it. */
  public static OrgHierarchy rachGia() {
    List<OrgUnit> units = new ArrayList<>();
    units.add(OrgUnit.open(KIEN_GIANG, "Tỉnh Kiên Giang", UnitLevel.PROVINCE, null, FOUNDED));
    units.add(OrgUnit.open(AN_GIANG, "Tỉnh An Giang", UnitLevel.PROVINCE, null, FOUNDED));
    units.add(
        new OrgUnit(
            CITY,
            UnitLevel.DISTRICT,
            FOUNDED,
            REFORM,
            List.of(new Placement(FOUNDED, "Thành phố Rạch Giá", KIEN_GIANG)),
            Set.of()));
    for (int i = 0; i < NINE_WARDS.size(); i++) {
      units.add(
          OrgUnit.open(
              NINE_WARDS.get(i), "Phường " + WARD_NAMES.get(i), UnitLevel.COMMUNE, CITY, FOUNDED));
    }
    return OrgHierarchy.of(units);
  }

  /** The new ward Rạch Giá, opening on the reform date under An Giang. */
  public static OrgUnit newWard() {
    return OrgUnit.open(NEW_WARD, "Phường Rạch Giá", UnitLevel.COMMUNE, AN_GIANG, REFORM);
  }

  /** After the reform: the nine wards merged into {@link #NEW_WARD}. */
  public static OrgHierarchy afterMerger() {
    return rachGia().merge(Set.copyOf(NINE_WARDS), newWard(), REFORM);
  }

  /** Before the reform, plus commune C1 under An Giang, split into C1A and C1B on the reform. */
  public static OrgHierarchy communeSplitAtTheReform() {
    List<OrgUnit> units = new ArrayList<>(rachGia().all());
    units.add(OrgUnit.open("C1", "Xã Mong Thọ", UnitLevel.COMMUNE, AN_GIANG, FOUNDED));
    return OrgHierarchy.of(units)
        .split(
            "C1",
            List.of(
                OrgUnit.open("C1A", "Xã Mong Thọ A", UnitLevel.COMMUNE, AN_GIANG, REFORM),
                OrgUnit.open("C1B", "Xã Mong Thọ B", UnitLevel.COMMUNE, AN_GIANG, REFORM)),
            REFORM);
  }
}
