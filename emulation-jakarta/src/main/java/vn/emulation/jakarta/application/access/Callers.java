package vn.emulation.jakarta.application.access;

/**
 * Tells the use cases who is asking. The adapter answers from the request's verified token;
 * outside a request (start-up jobs) it answers {@link Caller#system()}.
 */
public interface Callers {

  Caller current();
}
