package vn.emulation.jakarta.interfaces.rest;

import jakarta.annotation.security.DeclareRoles;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.auth.LoginConfig;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import vn.emulation.jakarta.application.access.Roles;

/**
 * The API's root: {@code /emulation/api}. Callers sign in through the portal, which sends its
 * MicroProfile JWT as a bearer token; each resource method declares the roles it admits.
 */
@ApplicationPath("/api")
@LoginConfig(authMethod = "MP-JWT", realmName = "emulation")
@DeclareRoles({
  Roles.REPORTER,
  Roles.UNIT_HEAD,
  Roles.OFFICER,
  Roles.COUNCIL,
  Roles.CHAIRMAN,
  Roles.ADMIN,
  Roles.PUBLIC
})
@SecurityScheme(
    securitySchemeName = EmulationApi.PORTAL_TOKEN,
    type = SecuritySchemeType.HTTP,
    scheme = "bearer",
    bearerFormat = "JWT",
    description = "The portal's MicroProfile JWT: upn, groups (roles), unit")
@OpenAPIDefinition(
    info =
        @Info(
            title = "emulation API",
            version = "0.1",
            description =
                "Phong trào thi đua – khen thưởng: plans, units, participants, reports,"
                    + " progress and award verdicts. Errors are RFC 9457 problems in the language of"
                    + " Accept-Language (Vietnamese by default, English). Every operation needs the portal's"
                    + " token except the published ones (open data, the city's progress)."),
    security = @SecurityRequirement(name = EmulationApi.PORTAL_TOKEN))
public class EmulationApi extends Application {

  static final String PORTAL_TOKEN = "portalToken";
}
