package vn.emulation.jakarta.application.unit;

import java.time.LocalDate;
import java.util.List;
import vn.emulation.core.unit.UnitLevel;
import vn.emulation.jakarta.application.PageRequest;
import vn.emulation.jakarta.application.Unread;

/**
 * What a client asks of the administrative units, read at the edge into typed values (days,
 * levels). A change carries what the edge could not read ({@link Unread}), so that {@link
 * HierarchyChanges} reports every problem of a request at once (a bad date next to an unknown
 * parent) rather than the first one a parser meets.
 */
public final class UnitCommands {

  /** The longest unit code the store holds. */
  public static final int MAX_CODE = 50;

  private UnitCommands() {}

  /**
   * What to list: units existing on a date, optionally of one level and/or under one parent.
   *
   * @param date the day; today when absent
   * @param level only units of this level; any when absent
   * @param parent the parent's code on that day; any when absent
   * @param page the page asked for
   */
  public record UnitQuery(LocalDate date, UnitLevel level, String parent, PageRequest page) {

    /** Its parameters, in the order their problems are named. */
    public static final List<String> FIELDS = List.of("date", "level", "page", "size", "parent");
  }

  /**
   * Which hierarchy to show: as it stood on a date, whole or from one unit down.
   *
   * @param date the day; today when absent
   * @param root the code of the unit to start from; the top units when absent
   */
  public record UnitTreeQuery(LocalDate date, String root) {

    /** Its parameters, in the order their problems are named. */
    public static final List<String> FIELDS = List.of("date", "root");
  }

  /**
   * Opens a unit.
   *
   * @param code its official code, never used before
   * @param name its official name
   * @param level PROVINCE, DISTRICT or COMMUNE, below its parent's level
   * @param parentCode its parent, existing on the opening day; absent for a top unit
   * @param openedOn its first day
   * @param unread the fields the edge could not read (then absent here)
   */
  public record OpenUnit(
      String code,
      String name,
      UnitLevel level,
      String parentCode,
      LocalDate openedOn,
      Unread unread) {

    public OpenUnit {
      unread = unread == null ? Unread.none() : unread;
    }

    /** A command read without problems. */
    public OpenUnit(
        String code, String name, UnitLevel level, String parentCode, LocalDate openedOn) {
      this(code, name, level, parentCode, openedOn, Unread.none());
    }
  }

  /**
   * Closes a unit without successor (a dissolution).
   *
   * @param date the first day it no longer exists
   * @param unread the fields the edge could not read (then absent here)
   */
  public record CloseUnit(LocalDate date, Unread unread) {

    public CloseUnit {
      unread = unread == null ? Unread.none() : unread;
    }

    /** A command read without problems. */
    public CloseUnit(LocalDate date) {
      this(date, Unread.none());
    }
  }

  /**
   * Renames a unit and/or places it under another parent from a date; its earlier names and parents
   * stay in its history.
   *
   * @param from the first day of the new name or parent
   * @param name the new name; absent keeps the name it bears on that day
   * @param parentCode the new parent; absent keeps the parent it has on that day
   * @param unread the fields the edge could not read (then absent here)
   */
  public record MoveUnit(LocalDate from, String name, String parentCode, Unread unread) {

    public MoveUnit {
      unread = unread == null ? Unread.none() : unread;
    }

    /** A command read without problems. */
    public MoveUnit(LocalDate from, String name, String parentCode) {
      this(from, name, parentCode, Unread.none());
    }
  }

  /**
   * A unit that opens by a merger or a split, on the day of the change.
   *
   * @param code its official code, never used before
   * @param name its official name
   * @param level PROVINCE, DISTRICT or COMMUNE
   * @param parentCode its parent on that day; absent for a top unit
   */
  public record NewUnit(String code, String name, UnitLevel level, String parentCode) {}

  /**
   * Merges two or more units into a new one: the sources close on {@code date}, name the new unit
   * as their successor, and the units under them move under it.
   *
   * @param sources the codes of the merged units
   * @param successor the unit that takes them over
   * @param date the day of the merger
   * @param unread the fields the edge could not read, its successor's included
   */
  public record MergeUnits(List<String> sources, NewUnit successor, LocalDate date, Unread unread) {

    public MergeUnits {
      unread = unread == null ? Unread.none() : unread;
    }

    /** A command read without problems. */
    public MergeUnits(List<String> sources, NewUnit successor, LocalDate date) {
      this(sources, successor, date, Unread.none());
    }
  }

  /**
   * Splits a unit into two or more new ones: the source closes on {@code date} and names them as
   * its successors.
   *
   * @param source the code of the split unit
   * @param successors the units that take it over
   * @param date the day of the split
   * @param unread the fields the edge could not read, its successors' included
   */
  public record SplitUnit(String source, List<NewUnit> successors, LocalDate date, Unread unread) {

    public SplitUnit {
      unread = unread == null ? Unread.none() : unread;
    }

    /** A command read without problems. */
    public SplitUnit(String source, List<NewUnit> successors, LocalDate date) {
      this(source, successors, date, Unread.none());
    }
  }
}
