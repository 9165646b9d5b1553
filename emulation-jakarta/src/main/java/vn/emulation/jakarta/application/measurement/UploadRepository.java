package vn.emulation.jakarta.application.measurement;

import java.util.Optional;

/** The port to the bulk uploads, found by identifier or by the fingerprint of their file. */
public interface UploadRepository {

  /** The upload of a plan whose file had this SHA-256, if that file was stored. */
  Optional<UploadRecord> bySha256(String planCode, String sha256);

  /** An upload of a plan by its identifier. */
  Optional<UploadRecord> find(String planCode, String id);
}
