package vn.emulation.bench.data;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import vn.emulation.core.participant.ParticipantCategory;
import vn.emulation.core.participant.ParticipantKind;
import vn.emulation.core.plan.Plan;

/**
 * The participants of a data set, in the plan's categories, each with a unit. Some come with the
 * units: a People's Committee ({@code WARD_COMMITTEES}) and a health station per commune; twenty
 * departments ({@code CITY_OFFICES}), six bodies of the Front and unions and a hospital per
 * province. The rest are shared out by {@link #SHARES} (households most, as in a province of a
 * million households), each in a commune drawn by population; a quarter of the officials work at
 * the province. A category the plan lacks is left out; a category of the plan not in the table gets
 * no share. Names are invented.
 */
final class Participants {

  /** One participant, in the participant table's terms. */
  interface Sink {
    void participant(String id, ParticipantKind kind, String name, String category, String unit)
        throws Exception;
  }

  /** Shares of the participants that do not come with a unit, in per mille. */
  static final Map<String, Integer> SHARES = new LinkedHashMap<>();

  static {
    SHARES.put("HOUSEHOLDS", 800);
    SHARES.put("WORKERS", 80);
    SHARES.put("OFFICIALS", 60);
    SHARES.put("ENTERPRISES", 20);
    SHARES.put("ENTREPRENEURS", 15);
    SHARES.put("INTELLECTUALS", 10);
    SHARES.put("SCHOOLS", 4);
    SHARES.put("INDIVIDUALS_IN_AND_OUTSIDE_VIETNAM", 4);
    SHARES.put("OVERSEAS_VIETNAMESE", 3);
    SHARES.put("COOPERATIVES", 2);
    SHARES.put("SCIENTISTS", 2);
  }

  private static final String[] FAMILY = {
    "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ",
    "Ngô", "Dương", "Lý", "Trương", "Lâm", "Châu", "Tạ"
  };
  private static final String[] MIDDLE = {
    "Văn", "Thị", "Minh", "Thanh", "Ngọc", "Hoàng", "Quốc", "Thu", "Hữu", "Kim", "Mỹ", "Công"
  };
  private static final String[] GIVEN = {
    "An", "Bình", "Cường", "Dũng", "Hà", "Hải", "Hạnh", "Hùng", "Hương", "Khoa", "Lan", "Linh",
    "Long", "Mai", "Nam", "Ngân", "Phúc", "Quân", "Sơn", "Tâm", "Thảo", "Trang", "Tuấn", "Vinh",
    "Yến", "Bảo", "Hân", "Liêm", "Tám", "Sáu"
  };
  private static final String[] TRADE = {
    "Công nghệ số",
    "Thủy sản",
    "Du lịch",
    "Vận tải",
    "Xây dựng",
    "Viễn thông",
    "Nông sản",
    "Thương mại",
    "Dịch vụ",
    "Cơ khí"
  };

  private final Plan plan;

  Participants(Plan plan) {
    this.plan = plan;
  }

  /** How many participants come with the units of {@code shape}. */
  int withUnits(Shape shape) {
    int n = 0;
    if (has("WARD_COMMITTEES")) {
      n += shape.communes();
    }
    if (has("HEALTH_FACILITIES")) {
      n += shape.communes() + shape.provinces();
    }
    if (has("CITY_OFFICES")) {
      n += 20 * shape.provinces();
    }
    if (has("FRONT_AND_UNIONS")) {
      n += 6 * shape.provinces();
    }
    return n;
  }

  /** Every participant: {@code shape.participants()}, or those that come with the units if 0. */
  void generate(Shape shape, Territory territory, SplittableRandom random, Sink sink)
      throws Exception {
    int fixed = withUnits(shape);
    int total = shape.participants() == 0 ? fixed : shape.participants();
    if (total < fixed) {
      throw new IllegalArgumentException(
          "the units come with " + fixed + " participants, " + total + " asked");
    }
    for (Territory.Province p : territory.provinces) {
      for (int k = 1; k <= 20 && has("CITY_OFFICES"); k++) {
        add(sink, "so-" + p.code() + "-" + k, "Sở Mẫu " + k + " " + p.name(), "CITY_OFFICES", p);
      }
      for (int k = 1; k <= 6 && has("FRONT_AND_UNIONS"); k++) {
        add(
            sink,
            "mttq-" + p.code() + "-" + k,
            "Đoàn thể " + k + " " + p.name(),
            "FRONT_AND_UNIONS",
            p);
      }
      if (has("HEALTH_FACILITIES")) {
        add(sink, "bv-" + p.code(), "Bệnh viện đa khoa " + p.name(), "HEALTH_FACILITIES", p);
      }
    }
    for (Territory.Commune c : territory.communes) {
      if (has("WARD_COMMITTEES")) {
        sink.participant(
            "ubnd-" + c.code(),
            ParticipantKind.COLLECTIVE,
            "Ủy ban nhân dân " + c.name(),
            "WARD_COMMITTEES",
            c.code());
      }
      if (has("HEALTH_FACILITIES")) {
        sink.participant(
            "tyt-" + c.code(),
            ParticipantKind.COLLECTIVE,
            "Trạm Y tế " + c.name(),
            "HEALTH_FACILITIES",
            c.code());
      }
    }
    List<String> categories = new ArrayList<>();
    List<Double> weights = new ArrayList<>();
    SHARES.forEach(
        (code, share) -> {
          if (has(code)) {
            categories.add(code);
            weights.add((double) share);
          }
        });
    if (categories.isEmpty()) {
      return;
    }
    int[] counts =
        Territory.spread(total - fixed, weights.stream().mapToDouble(d -> d).toArray(), 0);
    double[] cumulative = new double[territory.communes.size()];
    double sum = 0;
    for (int c = 0; c < cumulative.length; c++) {
      sum += territory.communes.get(c).population();
      cumulative[c] = sum;
    }
    for (int k = 0; k < categories.size(); k++) {
      String code = categories.get(k);
      ParticipantCategory category = plan.category(code).orElseThrow();
      String prefix = code.toLowerCase(Locale.ROOT).replace('_', '-');
      for (int n = 1; n <= counts[k]; n++) {
        String unit;
        if (code.equals("OFFICIALS") && random.nextInt(4) == 0) {
          unit = territory.provinces.get(random.nextInt(territory.provinces.size())).code();
        } else {
          int at = java.util.Arrays.binarySearch(cumulative, random.nextDouble() * sum);
          unit = territory.communes.get(at < 0 ? -at - 1 : at).code();
        }
        sink.participant(
            String.format("%s-%07d", prefix, n),
            category.kind(),
            name(code, n, random),
            code,
            unit);
      }
    }
  }

  private void add(Sink sink, String id, String name, String category, Territory.Province p)
      throws Exception {
    sink.participant(id, ParticipantKind.COLLECTIVE, name, category, p.code());
  }

  private boolean has(String category) {
    return plan.category(category).isPresent();
  }

  private static String person(SplittableRandom r) {
    return FAMILY[r.nextInt(FAMILY.length)]
        + " "
        + MIDDLE[r.nextInt(MIDDLE.length)]
        + " "
        + GIVEN[r.nextInt(GIVEN.length)];
  }

  private static String name(String category, int n, SplittableRandom r) {
    return switch (category) {
      case "HOUSEHOLDS" -> (r.nextBoolean() ? "Hộ gia đình ông " : "Hộ gia đình bà ") + person(r);
      case "ENTERPRISES" -> "Công ty TNHH " + TRADE[r.nextInt(TRADE.length)] + " Mẫu " + n;
      case "COOPERATIVES" -> "Hợp tác xã " + TRADE[r.nextInt(TRADE.length)] + " Mẫu " + n;
      case "SCHOOLS" -> (r.nextBoolean() ? "Trường Tiểu học Mẫu " : "Trường THCS Mẫu ") + n;
      default -> person(r);
    };
  }
}
