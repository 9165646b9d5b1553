package vn.emulation.jakarta.application;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a list: the items, where the page starts and how many there are in all. Immutable.
 *
 * @param items the items on this page
 * @param page the page number, from 0
 * @param size the page size asked for
 * @param total how many items the whole list has
 */
public record Page<T>(List<T> items, int page, int size, long total) {

  public Page {
    items = List.copyOf(items);
  }

  /** The page {@code request} asks for of a list held whole. */
  public static <T> Page<T> slice(List<T> all, PageRequest request) {
    int from = (int) Math.min((long) request.offset(), all.size());
    int to = (int) Math.min((long) from + request.size(), all.size());
    return new Page<>(all.subList(from, to), request.page(), request.size(), all.size());
  }

  public <R> Page<R> map(Function<T, R> f) {
    return new Page<>(items.stream().map(f).toList(), page, size, total);
  }
}
