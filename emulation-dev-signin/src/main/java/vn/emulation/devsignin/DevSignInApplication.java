package vn.emulation.devsignin;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The sign-in's endpoints sit at the context root: {@code /dev-signin/…}. */
@ApplicationPath("/")
public class DevSignInApplication extends Application {}
