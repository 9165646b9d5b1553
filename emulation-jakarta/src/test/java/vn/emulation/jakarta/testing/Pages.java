package vn.emulation.jakarta.testing;

import java.util.List;
import vn.emulation.jakarta.application.Page;
import vn.emulation.jakarta.application.PageRequest;

/** One page of an ordered list, as the JPA repositories cut it. */
final class Pages {

  private Pages() {}

  static <T> Page<T> of(List<T> ordered, PageRequest request) {
    return new Page<>(
        ordered.stream().skip(request.offset()).limit(request.size()).toList(),
        request.page(),
        request.size(),
        ordered.size());
  }
}
