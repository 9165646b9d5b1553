/**
 * The sample server's development sign-in: it stands in for the province portal's identity
 * provider, minting MicroProfile JWT tokens for the demo users with an RSA key generated at each
 * start and publishing that key as a JWKS for the server's {@code
 * mp.jwt.verify.publickey.location}. It is deployed by the sample server only and never belongs in
 * the emulation WAR; a production server trusts the portal's tokens instead.
 */
package vn.emulation.devsignin;
