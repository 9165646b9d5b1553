package vn.emulation.core.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import vn.emulation.core.common.LocalizedText;
import vn.emulation.core.common.Messages;

/**
 * Every version of one plan with its status: which one is in force on a day, and the changes of
 * status its life allows. Immutable; a change answers a new value.
 *
 * <p>At most one version is in force at a time. Bringing a draft into force supersedes the version
 * in force (from the same day); closing the version in force ends the plan. A superseded or closed
 * version keeps the days it governed, so that a question about such a day is answered by the rules
 * that applied then.
 *
 * @param planCode the plan's code, for messages
 * @param versions its versions, ordered by number
 */
public record PlanVersions(String planCode, List<PlanVersion> versions) {

  public PlanVersions {
    Objects.requireNonNull(planCode, "planCode");
    versions = versions.stream().sorted(Comparator.comparingInt(PlanVersion::version)).toList();
    for (int i = 1; i < versions.size(); i++) {
      if (versions.get(i).version() == versions.get(i - 1).version()) {
        throw new IllegalArgumentException(
            "plan " + planCode + " has version " + versions.get(i).version() + " twice");
      }
    }
    if (versions.stream().filter(v -> v.status() == PlanStatus.IN_FORCE).count() > 1) {
      throw new IllegalArgumentException("plan " + planCode + " has two versions in force");
    }
  }

  /** The version that governed the day, if any: none before the first came into force. */
  public Optional<PlanVersion> inForceOn(LocalDate day) {
    return versions.stream().filter(v -> v.inForceOn(day)).findFirst();
  }

  /**
   * The version whose rules answer a question about the day: the one in force then; for a day
   * before any version came into force, the first that did (the plan as issued is the only rule
   * there is for its figures before its date); for a day after the plan closed, the closed version.
   * Empty only while every version is a draft.
   */
  public Optional<PlanVersion> governingOn(LocalDate day) {
    List<PlanVersion> governed = governed();
    if (governed.isEmpty()) {
      return Optional.empty();
    }
    return inForceOn(day)
        .or(() -> governed.stream().filter(v -> !v.inForceFrom().isAfter(day)).max(BY_START))
        .or(() -> governed.stream().min(BY_START));
  }

  /**
   * The versions that governed at least one day. A version superseded on the day it came into force
   * governed none (the upgrade to dated versions records the older versions so) and answers for no
   * day; of two that started on one day the later version is the later one.
   */
  private List<PlanVersion> governed() {
    return versions.stream().filter(PlanVersion::governedADay).toList();
  }

  private static final Comparator<PlanVersion> BY_START =
      Comparator.comparing(PlanVersion::inForceFrom).thenComparingInt(PlanVersion::version);

  /**
   * The day the plan closed, if it closed on or before {@code day}: from then on the movement has
   * ended with its final review, and nothing more is reported, registered or declared under it.
   */
  public Optional<LocalDate> closedBy(LocalDate day) {
    return versions.stream()
        .filter(v -> v.status() == PlanStatus.CLOSED && !v.inForceUntil().isAfter(day))
        .map(PlanVersion::inForceUntil)
        .findFirst();
  }

  /** The version in force now (status {@code IN_FORCE}), if any. */
  public Optional<PlanVersion> current() {
    return versions.stream().filter(v -> v.status() == PlanStatus.IN_FORCE).findFirst();
  }

  /** One version, if the plan has it. */
  public Optional<PlanVersion> version(int number) {
    return versions.stream().filter(v -> v.version() == number).findFirst();
  }

  /** These versions and a new draft; the number must be new. */
  public PlanVersions withDraft(int number) {
    if (version(number).isPresent()) {
      throw new IllegalArgumentException("plan " + planCode + " already has version " + number);
    }
    List<PlanVersion> all = new ArrayList<>(versions);
    all.add(PlanVersion.draft(number));
    return new PlanVersions(planCode, all);
  }

  /**
   * Changes one version's status as a command asks: {@code IN_FORCE} brings a draft into force from
   * {@code day} (see {@link #bringIntoForce}), {@code CLOSED} closes the version in force on {@code
   * day} (see {@link #close}). A version becomes superseded only when a later one comes into force,
   * and never becomes a draft again.
   *
   * @throws PlanStatusRefusedException naming the statuses the version may take instead
   */
  public PlanVersions change(int number, PlanStatus to, LocalDate day) {
    PlanVersion v = existing(number);
    if (!v.status().askableNext().contains(to)) {
      throw refused(v, to, commandable(v.status()), null);
    }
    return to == PlanStatus.IN_FORCE ? bringIntoForce(number, day) : close(number, day);
  }

  /**
   * Brings a draft into force from {@code day}; the version in force until then is superseded on
   * that day. The new version must be later than the one it supersedes and start after it did.
   *
   * @throws PlanStatusRefusedException when the version is no draft, or cannot follow the one in
   *     force
   */
  public PlanVersions bringIntoForce(int number, LocalDate day) {
    Objects.requireNonNull(day, "day");
    PlanVersion v = existing(number);
    if (!v.status().mayBecome(PlanStatus.IN_FORCE)) {
      throw refused(v, PlanStatus.IN_FORCE, commandable(v.status()), null);
    }
    Optional<PlanVersion> latest = governed().stream().max(BY_START);
    if (latest.isPresent() && latest.get().status() == PlanStatus.CLOSED) {
      throw refused(
          v,
          PlanStatus.IN_FORCE,
          EnumSet.noneOf(PlanStatus.class),
          Messages.text("plan.planClosed", latest.get().inForceUntil()));
    }
    Optional<PlanVersion> current = current();
    if (current.isPresent()) {
      PlanVersion c = current.get();
      if (c.version() > number) {
        throw refused(
            v,
            PlanStatus.IN_FORCE,
            commandable(v.status()),
            Messages.text("plan.laterVersionForce", c.version()));
      }
      if (!day.isAfter(c.inForceFrom())) {
        throw refused(
            v,
            PlanStatus.IN_FORCE,
            commandable(v.status()),
            Messages.text("plan.comeIntoForceAfter", c.inForceFrom(), c.version()));
      }
    }
    List<PlanVersion> all = new ArrayList<>();
    for (PlanVersion o : versions) {
      if (o.version() == number) {
        all.add(new PlanVersion(number, PlanStatus.IN_FORCE, day, null));
      } else if (o.status() == PlanStatus.IN_FORCE) {
        all.add(new PlanVersion(o.version(), PlanStatus.SUPERSEDED, o.inForceFrom(), day));
      } else {
        all.add(o);
      }
    }
    return new PlanVersions(planCode, all);
  }

  /**
   * Closes the version in force: it governed until the day before {@code day}, and no version is in
   * force afterwards.
   *
   * @throws PlanStatusRefusedException when the version is not in force, or the day is not after it
   *     came into force
   */
  public PlanVersions close(int number, LocalDate day) {
    Objects.requireNonNull(day, "day");
    PlanVersion v = existing(number);
    if (!v.status().mayBecome(PlanStatus.CLOSED)) {
      throw refused(v, PlanStatus.CLOSED, commandable(v.status()), null);
    }
    if (!day.isAfter(v.inForceFrom())) {
      throw refused(
          v,
          PlanStatus.CLOSED,
          commandable(v.status()),
          Messages.text("plan.closeAfterWhenCame", v.inForceFrom()));
    }
    List<PlanVersion> all =
        versions.stream()
            .map(
                o ->
                    o.version() == number
                        ? new PlanVersion(number, PlanStatus.CLOSED, o.inForceFrom(), day)
                        : o)
            .toList();
    return new PlanVersions(planCode, all);
  }

  /** What a command may ask for from a status: superseding happens only by a later version. */
  private static Set<PlanStatus> commandable(PlanStatus from) {
    return from.askableNext();
  }

  private PlanVersion existing(int number) {
    return version(number)
        .orElseThrow(
            () -> new IllegalArgumentException("plan " + planCode + " has no version " + number));
  }

  private PlanStatusRefusedException refused(
      PlanVersion v, PlanStatus to, Set<PlanStatus> allowed, LocalizedText why) {
    String names =
        allowed.isEmpty()
            ? null
            : allowed.stream().sorted().map(Enum::name).collect(Collectors.joining(", "));
    LocalizedText refusal =
        Messages.text(
            "plan.status.refused",
            planCode,
            v.version(),
            v.status().name(),
            v.status().label().vi(),
            to.name(),
            v.status().label().en());
    LocalizedText noneAllowed = Messages.text("plan.status.noneAllowed");
    LocalizedText allowedNow = Messages.text("plan.status.allowed", names);
    LocalizedText supersededLater = Messages.text("plan.status.supersededOnlyByLater");
    String vi =
        refusal.vi()
            + (why == null ? "" : ": " + why.vi())
            + (names == null ? noneAllowed.vi() : allowedNow.vi())
            + (to == PlanStatus.SUPERSEDED ? supersededLater.vi() : "");
    String en =
        refusal.en()
            + (why == null ? "" : ": " + why.en())
            + (names == null ? noneAllowed.en() : allowedNow.en())
            + (to == PlanStatus.SUPERSEDED ? supersededLater.en() : "");
    return new PlanStatusRefusedException(LocalizedText.of(vi, en), allowed);
  }
}
