package vn.emulation.jakarta.demo;

import static vn.emulation.jakarta.demo.Profile.DISCIPLINED;
import static vn.emulation.jakarta.demo.Profile.EXEMPLARY;
import static vn.emulation.jakarta.demo.Profile.GOOD;
import static vn.emulation.jakarta.demo.Profile.LATE;
import static vn.emulation.jakarta.demo.Profile.SILENT;
import static vn.emulation.jakarta.demo.Profile.UNREGISTERED;
import static vn.emulation.jakarta.demo.Profile.WEAK;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.emulation.jakarta.demo.DemoUnits.NewWard;
import vn.emulation.jakarta.demo.DemoUnits.Ward;

/**
 * Who competes in the demo city: offices, the Front and unions, the ward committees, schools,
 * health facilities, enterprises, cooperatives, households and individuals, each with a {@link
 * Profile}. Names are invented (any likeness to a real person or company is chance).
 * Package-private table.
 */
final class DemoParticipants {

  /** One participant: a row of the table. */
  record Row(String id, String name, String category, String unitCode, Profile profile) {

    /**
     * Whether it is the People's Committee of its own unit, and so exists only while the unit does.
     */
    boolean governsItsUnit() {
      return category.equals(WARD_COMMITTEES);
    }
  }

  static final String WARD_COMMITTEES = "WARD_COMMITTEES";
  private static final String CITY = DemoCityGenerator.CITY_RACH_GIA;

  private static final Map<String, Profile> WARD_PROFILES =
      Map.ofEntries(
          Map.entry("30730", EXEMPLARY),
          Map.entry("30733", GOOD),
          Map.entry("30736", EXEMPLARY),
          Map.entry("30739", GOOD),
          Map.entry("30742", GOOD),
          Map.entry("30745", LATE),
          Map.entry("30748", GOOD),
          Map.entry("30751", GOOD),
          Map.entry("30754", WEAK),
          Map.entry("30757", DISCIPLINED),
          Map.entry("30760", GOOD),
          Map.entry("30763", SILENT));

  private static final List<Row> OTHERS =
      List.of(
          row("office-noi-vu", "Phòng Nội vụ", "CITY_OFFICES", CITY, EXEMPLARY),
          row(
              "office-van-hoa-thong-tin",
              "Phòng Văn hóa và Thông tin",
              "CITY_OFFICES",
              CITY,
              EXEMPLARY),
          row(
              "office-tai-chinh-ke-hoach",
              "Phòng Tài chính – Kế hoạch",
              "CITY_OFFICES",
              CITY,
              GOOD),
          row("office-tu-phap", "Phòng Tư pháp", "CITY_OFFICES", CITY, GOOD),
          row("office-kinh-te", "Phòng Kinh tế", "CITY_OFFICES", CITY, GOOD),
          row("office-quan-ly-do-thi", "Phòng Quản lý đô thị", "CITY_OFFICES", CITY, LATE),
          row("office-giao-duc-dao-tao", "Phòng Giáo dục và Đào tạo", "CITY_OFFICES", CITY, GOOD),
          row("office-y-te", "Phòng Y tế", "CITY_OFFICES", CITY, GOOD),
          row(
              "office-tai-nguyen-moi-truong",
              "Phòng Tài nguyên và Môi trường",
              "CITY_OFFICES",
              CITY,
              SILENT),
          row(
              "office-lao-dong-tbxh",
              "Phòng Lao động – Thương binh và Xã hội",
              "CITY_OFFICES",
              CITY,
              GOOD),
          row(
              "office-van-phong-hdnd-ubnd",
              "Văn phòng HĐND và UBND thành phố",
              "CITY_OFFICES",
              CITY,
              GOOD),
          row(
              "front-mttq",
              "Ủy ban Mặt trận Tổ quốc Việt Nam thành phố Rạch Giá",
              "FRONT_AND_UNIONS",
              CITY,
              GOOD),
          row(
              "front-lien-doan-lao-dong",
              "Liên đoàn Lao động thành phố Rạch Giá",
              "FRONT_AND_UNIONS",
              CITY,
              GOOD),
          row("front-thanh-doan", "Thành đoàn Rạch Giá", "FRONT_AND_UNIONS", CITY, EXEMPLARY),
          row(
              "front-hoi-phu-nu",
              "Hội Liên hiệp Phụ nữ thành phố Rạch Giá",
              "FRONT_AND_UNIONS",
              CITY,
              GOOD),
          row(
              "front-hoi-nong-dan",
              "Hội Nông dân thành phố Rạch Giá",
              "FRONT_AND_UNIONS",
              CITY,
              UNREGISTERED),
          row(
              "front-hoi-cuu-chien-binh",
              "Hội Cựu chiến binh thành phố Rạch Giá",
              "FRONT_AND_UNIONS",
              CITY,
              GOOD),
          row("school-thcs-vinh-quang", "Trường THCS Vĩnh Quang", "SCHOOLS", "30736", EXEMPLARY),
          row("school-thcs-nguyen-du", "Trường THCS Nguyễn Du", "SCHOOLS", "30730", GOOD),
          row("school-thcs-rach-soi", "Trường THCS Rạch Sỏi", "SCHOOLS", "30754", LATE),
          row("school-th-vinh-lac-1", "Trường Tiểu học Vĩnh Lạc 1", "SCHOOLS", "30745", GOOD),
          row("school-th-an-hoa-2", "Trường Tiểu học An Hòa 2", "SCHOOLS", "30748", WEAK),
          row("school-thcs-phi-thong", "Trường THCS Phi Thông", "SCHOOLS", "30763", SILENT),
          row(
              "health-ttyt-rach-gia",
              "Trung tâm Y tế thành phố Rạch Giá",
              "HEALTH_FACILITIES",
              CITY,
              EXEMPLARY),
          row(
              "health-tyt-vinh-thanh-van",
              "Trạm Y tế phường Vĩnh Thanh Vân",
              "HEALTH_FACILITIES",
              "30730",
              GOOD),
          row("health-tyt-an-binh", "Trạm Y tế phường An Bình", "HEALTH_FACILITIES", "30751", LATE),
          row("health-tyt-phi-thong", "Trạm Y tế xã Phi Thông", "HEALTH_FACILITIES", "30763", GOOD),
          row(
              "ent-cong-nghe-so-bien-tay",
              "Công ty TNHH Công nghệ số Biển Tây",
              "ENTERPRISES",
              "30736",
              EXEMPLARY),
          row(
              "ent-thuy-san-tay-nam",
              "Công ty Cổ phần Chế biến Thủy sản Tây Nam",
              "ENTERPRISES",
              "30754",
              GOOD),
          row(
              "ent-du-lich-bien-xanh",
              "Công ty TNHH Du lịch Biển Xanh",
              "ENTERPRISES",
              "30730",
              GOOD),
          row(
              "ent-van-tai-minh-phat",
              "Doanh nghiệp tư nhân Vận tải Minh Phát",
              "ENTERPRISES",
              "30745",
              UNREGISTERED),
          row(
              "ent-xay-dung-hung-long",
              "Công ty Cổ phần Xây dựng Hưng Long",
              "ENTERPRISES",
              "30748",
              WEAK),
          row(
              "ent-vien-thong-kien-thanh",
              "Công ty TNHH Viễn thông Kiên Thành",
              "ENTERPRISES",
              "30760",
              LATE),
          row(
              "coop-nong-nghiep-phi-thong",
              "Hợp tác xã Nông nghiệp Phi Thông",
              "COOPERATIVES",
              "30763",
              GOOD),
          row(
              "coop-thuy-san-rach-soi",
              "Hợp tác xã Khai thác thủy sản Rạch Sỏi",
              "COOPERATIVES",
              "30754",
              EXEMPLARY),
          row(
              "coop-van-tai-rach-gia",
              "Hợp tác xã Vận tải hành khách Rạch Giá",
              "COOPERATIVES",
              "30742",
              SILENT),
          row(
              "household-nguyen-van-sau",
              "Hộ gia đình ông Nguyễn Văn Sáu",
              "HOUSEHOLDS",
              "30739",
              GOOD),
          row(
              "household-le-thi-bay",
              "Hộ gia đình bà Lê Thị Bảy",
              "HOUSEHOLDS",
              "30763",
              EXEMPLARY),
          row(
              "household-truong-van-ut",
              "Hộ gia đình ông Trương Văn Út",
              "HOUSEHOLDS",
              "30757",
              SILENT),
          row("person-tran-thi-thu-ha", "Trần Thị Thu Hà", "OFFICIALS", CITY, EXEMPLARY),
          row("person-nguyen-minh-tuan", "Nguyễn Minh Tuấn", "OFFICIALS", CITY, GOOD),
          row("person-le-hoang-phuc", "Lê Hoàng Phúc", "OFFICIALS", "30736", GOOD),
          row("person-pham-ngoc-han", "Phạm Ngọc Hân", "OFFICIALS", "30745", WEAK),
          row("person-huynh-thanh-liem", "Huỳnh Thanh Liêm", "OFFICIALS", "30754", DISCIPLINED),
          row("person-vo-van-tam", "Võ Văn Tám", "WORKERS", "30763", GOOD),
          row("person-dang-thi-my-linh", "Đặng Thị Mỹ Linh", "WORKERS", "30754", EXEMPLARY),
          row("person-ly-quoc-hung", "Lý Quốc Hưng", "WORKERS", "30748", SILENT),
          row("person-lam-quoc-bao", "Lâm Quốc Bảo", "ENTREPRENEURS", "30736", EXEMPLARY),
          row("person-to-thi-kim-ngan", "Tô Thị Kim Ngân", "ENTREPRENEURS", "30730", GOOD),
          row("person-duong-thi-ngoc-tram", "Dương Thị Ngọc Trâm", "INTELLECTUALS", "30733", GOOD),
          row("person-trinh-cong-danh", "Trịnh Công Danh", "SCIENTISTS", "30739", EXEMPLARY),
          row(
              "person-chau-minh-khoa",
              "Châu Minh Khoa",
              "INDIVIDUALS_IN_AND_OUTSIDE_VIETNAM",
              "30748",
              GOOD),
          row("person-ta-quang-vinh", "Tạ Quang Vinh", "OVERSEAS_VIETNAMESE", "30736", EXEMPLARY));

  private DemoParticipants() {}

  private static Row row(String id, String name, String category, String unit, Profile profile) {
    return new Row(id, name, category, unit, profile);
  }

  /** Every row: the committees of the twelve old wards and the two new ones first. */
  static List<Row> rows() {
    List<Row> rows = new ArrayList<>();
    for (Ward w : DemoUnits.WARDS) {
      rows.add(
          row(
              "ward-" + w.code(),
              "Ủy ban nhân dân " + lowerFirst(w.name()),
              WARD_COMMITTEES,
              w.code(),
              WARD_PROFILES.getOrDefault(w.code(), GOOD)));
    }
    for (NewWard n : DemoUnits.NEW_WARDS) {
      rows.add(
          row(
              "ward-" + n.code(),
              "Ủy ban nhân dân " + lowerFirst(n.name()),
              WARD_COMMITTEES,
              n.code(),
              GOOD));
    }
    rows.addAll(OTHERS);
    return rows;
  }

  static String lowerFirst(String name) {
    return name.substring(0, 1).toLowerCase(java.util.Locale.ROOT) + name.substring(1);
  }
}
