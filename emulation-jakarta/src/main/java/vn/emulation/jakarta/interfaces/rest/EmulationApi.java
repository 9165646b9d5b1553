package vn.emulation.jakarta.interfaces.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/** The API's root: {@code /emulation/api}. */
@ApplicationPath("/api")
@OpenAPIDefinition(info = @Info(title = "emulation API", version = "0.1",
    description = "Phong trào thi đua – khen thưởng: plans, units, participants, reports,"
        + " progress and award verdicts. Errors are RFC 9457 problems in the language of"
        + " Accept-Language (Vietnamese by default, English)."))
public class EmulationApi extends Application {}
