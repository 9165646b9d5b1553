package vn.emulation.jakarta.application.measurement;

/**
 * The outcome of an upload: the upload as stored, and whether this request stored it.
 *
 * @param upload the upload: this request's, or the earlier one of the same file
 * @param created whether this request stored it (else the same file was stored before)
 */
public record Uploaded(UploadRecord upload, boolean created) {}
