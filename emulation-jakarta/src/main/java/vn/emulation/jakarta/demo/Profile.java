package vn.emulation.jakarta.demo;

/** How a demo participant behaves in its evidence, and so how its evaluations come out. */
enum Profile {
  /** Confirms everything, registered on time, claims excellent achievements, contributes most. */
  EXEMPLARY,
  /** Confirms everything it must and registered on time; proposes nothing above the city. */
  GOOD,
  /** Like {@link #GOOD} but registered its own plan after the January 2023 deadline. */
  LATE,
  /** Like {@link #GOOD} but never registered its own plan. */
  UNREGISTERED,
  /** Could not confirm a category-specific condition until 2023; caught up from 2024. */
  WEAK,
  /** Disciplined in 2024: "no violation" is declared NO from then on. */
  DISCIPLINED,
  /** Sends the general declarations only and nothing on its registration. */
  SILENT
}
