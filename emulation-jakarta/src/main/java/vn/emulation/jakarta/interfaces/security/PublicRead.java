package vn.emulation.jakarta.interfaces.security;

import jakarta.ws.rs.NameBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks what the city publishes (open data, the city's progress): readable without a token while
 * {@code emulation.public.open} is true, by any signed-in user otherwise. See {@link PublicGate}.
 */
@NameBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface PublicRead {}
