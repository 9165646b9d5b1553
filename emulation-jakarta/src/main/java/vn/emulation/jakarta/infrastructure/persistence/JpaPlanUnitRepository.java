package vn.emulation.jakarta.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Set;
import java.util.TreeSet;
import vn.emulation.jakarta.application.plan.PlanUnitRepository;

/**
 * Which units take part in a plan: those that reported to it or have participants in it. The
 * hierarchy itself is shared by every plan, so this is how a plan's own part of it is found (the
 * "whole city" of a plan is the smallest unit above all of these).
 */
@ApplicationScoped
public class JpaPlanUnitRepository implements PlanUnitRepository {

  @PersistenceContext(unitName = "emulation")
  EntityManager em;

  /** The codes of the units that reported to {@code planCode} or have participants in it. */
  public Set<String> codes(String planCode) {
    Set<String> codes =
        new TreeSet<>(
            em.createQuery(
                    "select distinct m.unitCode"
                        + " from MeasurementEntity m where m.planCode = :plan",
                    String.class)
                .setParameter("plan", planCode)
                .getResultList());
    codes.addAll(
        em.createQuery(
                "select distinct p.unitCode from ParticipantEntity p" + " where p.planCode = :plan",
                String.class)
            .setParameter("plan", planCode)
            .getResultList());
    return codes;
  }
}
