package vn.emulation.jakarta.application;

/**
 * What a use case answers together with the version of the record it shows, so that the client can
 * edit it later on condition that nobody changed it meanwhile (see {@link Precondition}).
 *
 * @param value what is shown
 * @param tag its version, opaque to clients (digits only)
 * @param <T> what is shown
 */
public record Tagged<T>(T value, String tag) {

  /** The value shown otherwise, at the same version. */
  public <U> Tagged<U> map(java.util.function.Function<? super T, ? extends U> f) {
    return new Tagged<>(f.apply(value), tag);
  }
}
