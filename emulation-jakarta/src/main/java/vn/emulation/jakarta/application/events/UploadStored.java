package vn.emulation.jakarta.application.events;

import java.util.Objects;

/**
 * A file of reports stored as a whole. Immutable.
 *
 * @param planCode the plan
 * @param uploadId the stored upload's id
 * @param rows how many values it stored
 * @param sha256 the file's SHA-256, which makes an upload idempotent
 */
public record UploadStored(String planCode, String uploadId, int rows, String sha256) {

  public UploadStored {
    Objects.requireNonNull(planCode, "planCode");
    Objects.requireNonNull(uploadId, "uploadId");
    Objects.requireNonNull(sha256, "sha256");
  }
}
