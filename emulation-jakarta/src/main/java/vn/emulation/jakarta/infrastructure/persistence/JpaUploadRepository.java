package vn.emulation.jakarta.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import vn.emulation.jakarta.application.measurement.UploadRecord;
import vn.emulation.jakarta.application.measurement.UploadRepository;

/** The bulk uploads of measurements, found by identifier or by the fingerprint of their file. */
@ApplicationScoped
public class JpaUploadRepository implements UploadRepository {

  @PersistenceContext(unitName = "emulation")
  EntityManager em;

  /** The upload of a plan whose file had this SHA-256, if that file was stored. */
  public Optional<UploadRecord> bySha256(String planCode, String sha256) {
    return em.createQuery(
            "select u from MeasurementUploadEntity u"
                + " where u.planCode = :plan and u.sha256 = :sha",
            MeasurementUploadEntity.class)
        .setParameter("plan", planCode)
        .setParameter("sha", sha256)
        .getResultStream()
        .findFirst()
        .map(MeasurementUploadEntity::toRecord);
  }

  /** An upload of a plan by its identifier. */
  public Optional<UploadRecord> find(String planCode, String id) {
    return Optional.ofNullable(em.find(MeasurementUploadEntity.class, id))
        .filter(u -> u.planCode.equals(planCode))
        .map(MeasurementUploadEntity::toRecord);
  }
}
