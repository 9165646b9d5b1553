package vn.emulation.jakarta.interfaces.rest;

import java.util.List;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Makes the OpenAPI document say who may call what, without repeating it on every method: the
 * published reads (marked {@value #PUBLISHED}) need no token, so their security list is empty
 * ({@code security: []}, which lifts the document's portal token for them; the empty requirement
 * {@code [{}]} said the same but Liberty's validator reports it as an error at every generation);
 * every other operation needs the portal's token and may answer 401 (no valid token) and 403 (a
 * role that is not admitted). Applied by {@link ContractDocumentation}.
 */
public class AccessDocumentation implements OASFilter {

  /** The extension that marks a published read, one that answers without a token. */
  public static final String PUBLISHED = "x-published";

  @Override
  public Operation filterOperation(Operation operation) {
    if (operation.getExtensions() != null && operation.getExtensions().containsKey(PUBLISHED)) {
      operation.setSecurity(List.of());
      return operation;
    }
    APIResponses responses = operation.getResponses();
    if (responses == null) {
      responses = OASFactory.createAPIResponses();
      operation.setResponses(responses);
    }
    if (!responses.hasAPIResponse("401")) {
      responses.addAPIResponse(
          "401",
          OASFactory.createAPIResponse()
              .description(
                  "No valid token of the portal: none, expired, not yet valid, wrongly signed, of"
                      + " another issuer or audience, or malformed"));
    }
    if (!responses.hasAPIResponse("403")) {
      responses.addAPIResponse(
          "403",
          OASFactory.createAPIResponse()
              .description(
                  "The caller's roles do not admit this operation, or the unit it names lies outside"
                      + " the caller's own"));
    }
    return operation;
  }
}
