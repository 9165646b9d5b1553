/**
 * The web side of access control: reads who is asking from the portal's verified MicroProfile JWT
 * (Liberty checks signature, issuer, audience and lifetime before any of this runs), keeps the
 * public endpoints open or closed as configured, and sets the security headers a page embedded in
 * the portal needs.
 */
package vn.emulation.jakarta.interfaces.security;
