package vn.emulation.jakarta.application.workspace;

import java.util.Objects;
import vn.emulation.jakarta.application.Page;
import vn.emulation.jakarta.application.progress.ProgressReport;

/**
 * A page of what lies under a unit (its children's reports, or their ranking) together with the
 * unit's own report, which says what was asked: milestone, year, date. Immutable.
 *
 * @param parent the report of the unit drilled into
 * @param children one page of the units under it
 */
public record UnitPage<T>(ProgressReport parent, Page<T> children) {

  public UnitPage {
    Objects.requireNonNull(parent, "parent");
    Objects.requireNonNull(children, "children");
  }
}
