package vn.emulation.jakarta.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.emulation.jakarta.application.measurement.UploadRecord;
import vn.emulation.jakarta.application.measurement.UploadRepository;

/** The uploads stored, in the order they were. */
public final class InMemoryUploadRepository implements UploadRepository {

  final List<UploadRecord> uploads = new ArrayList<>();

  @Override
  public Optional<UploadRecord> bySha256(String planCode, String sha256) {
    return uploads.stream()
        .filter(u -> u.planCode().equals(planCode) && u.sha256().equals(sha256))
        .findFirst();
  }

  @Override
  public Optional<UploadRecord> find(String planCode, String id) {
    return uploads.stream()
        .filter(u -> u.planCode().equals(planCode) && u.id().equals(id))
        .findFirst();
  }

  /** Every upload stored, oldest first. */
  public List<UploadRecord> all() {
    return List.copyOf(uploads);
  }
}
