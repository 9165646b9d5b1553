package vn.emulation.jakarta.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.emulation.core.evaluation.Answer;
import vn.emulation.jakarta.application.participant.EvidenceRepository;
import vn.emulation.jakarta.application.progress.ParticipantFacts;

/**
 * What participants declared and achieved for each occasion, and their registrations: the stored
 * half of the evidence (the other half, target attainment, is computed from the reports).
 */
@ApplicationScoped
public class JpaEvidenceRepository implements EvidenceRepository {

  @PersistenceContext(unitName = "emulation")
  EntityManager em;

  /** The facts of every participant of a plan for an occasion, by participant id. */
  public Map<String, ParticipantFacts> facts(String planCode, String occasionCode) {
    Map<String, Builder> byParticipant = new HashMap<>();
    List<FactEntity> rows =
        em.createQuery(
                "select f from FactEntity f, ParticipantEntity p"
                    + " where f.participantId = p.id and p.planCode = :plan"
                    + " and f.occasionCode = :occasion",
                FactEntity.class)
            .setParameter("plan", planCode)
            .setParameter("occasion", occasionCode)
            .getResultList();
    for (FactEntity f : rows) {
      byParticipant.computeIfAbsent(f.participantId, k -> new Builder()).add(f);
    }
    for (RegistrationEntity r :
        em.createQuery(
                "select r from RegistrationEntity r" + " where r.planCode = :plan",
                RegistrationEntity.class)
            .setParameter("plan", planCode)
            .getResultList()) {
      byParticipant.computeIfAbsent(r.participantId, k -> new Builder()).registration(r);
    }
    Map<String, ParticipantFacts> facts = new HashMap<>();
    byParticipant.forEach((id, b) -> facts.put(id, b.build()));
    return facts;
  }

  /** The facts of one participant for an occasion; none known gives empty facts. */
  public ParticipantFacts facts(String planCode, String occasionCode, String participantId) {
    Builder b = new Builder();
    em.createQuery(
            "select f from FactEntity f where f.participantId = :id"
                + " and f.occasionCode = :occasion",
            FactEntity.class)
        .setParameter("id", participantId)
        .setParameter("occasion", occasionCode)
        .getResultList()
        .forEach(b::add);
    RegistrationEntity r = em.find(RegistrationEntity.class, key(participantId, planCode));
    if (r != null) {
      b.registration(r);
    }
    return b.build();
  }

  /**
   * The version of one participant's evidence for an occasion, which changes whenever any of its
   * facts for that occasion or its registration is added, changed or removed: a digest of every
   * such row's key, row version and values (not a sum of versions, which an added row and a removed
   * one could leave unchanged). Digits only, as clients hold it in an ETag.
   */
  public String version(String planCode, String occasionCode, String participantId) {
    StringBuilder rows = new StringBuilder();
    em
        .createQuery(
            "select f from FactEntity f where f.participantId = :id"
                + " and f.occasionCode = :occasion",
            FactEntity.class)
        .setParameter("id", participantId)
        .setParameter("occasion", occasionCode)
        .getResultList()
        .stream()
        .map(
            f ->
                String.join(
                    "\t",
                    f.kind,
                    f.key,
                    String.valueOf(f.rowVersion),
                    f.answer,
                    f.reference,
                    String.valueOf(f.count),
                    String.valueOf(f.amount)))
        .sorted()
        .forEach(row -> rows.append(row).append('\n'));
    RegistrationEntity r = em.find(RegistrationEntity.class, key(participantId, planCode));
    rows.append("registration\t").append(r == null ? "none" : r.rowVersion + "\t" + r.registeredOn);
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256")
              .digest(rows.toString().getBytes(StandardCharsets.UTF_8));
      return Long.toUnsignedString(ByteBuffer.wrap(digest).getLong());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }

  public void answer(
      String participantId,
      String occasionCode,
      String criterionCode,
      Answer answer,
      String reference) {
    FactEntity f = fact(participantId, occasionCode, FactEntity.DECLARATION, criterionCode);
    f.answer = answer.name();
    f.reference = reference;
  }

  public void count(String participantId, String occasionCode, String key, int value) {
    fact(participantId, occasionCode, FactEntity.COUNT, key).count = value;
  }

  public void amount(String participantId, String occasionCode, String key, long dong) {
    fact(participantId, occasionCode, FactEntity.AMOUNT, key).amount = dong;
  }

  /** Registration on a date, or {@code null} for "known not to have registered". */
  public void register(String participantId, String planCode, LocalDate on) {
    RegistrationEntity r = em.find(RegistrationEntity.class, key(participantId, planCode));
    if (r == null) {
      em.persist(new RegistrationEntity(participantId, planCode, on));
    } else {
      r.registeredOn = on;
    }
  }

  private FactEntity fact(String participantId, String occasion, String kind, String key) {
    FactEntity.Key k = new FactEntity.Key();
    k.participantId = participantId;
    k.occasionCode = occasion;
    k.kind = kind;
    k.key = key;
    FactEntity f = em.find(FactEntity.class, k);
    if (f == null) {
      f = new FactEntity(participantId, occasion, kind, key);
      em.persist(f);
    }
    return f;
  }

  private static RegistrationEntity.Key key(String participantId, String planCode) {
    RegistrationEntity.Key k = new RegistrationEntity.Key();
    k.participantId = participantId;
    k.planCode = planCode;
    return k;
  }

  /** Gathers one participant's rows into its facts. */
  private static final class Builder {
    private final Map<String, ParticipantFacts.Declaration> declarations = new HashMap<>();
    private final Map<String, Integer> counts = new HashMap<>();
    private final Map<String, Long> amounts = new HashMap<>();
    private LocalDate registeredOn;
    private boolean notRegistered;

    void add(FactEntity f) {
      if (FactEntity.DECLARATION.equals(f.kind)) {
        declarations.put(
            f.key, new ParticipantFacts.Declaration(Answer.valueOf(f.answer), f.reference));
      } else if (FactEntity.COUNT.equals(f.kind)) {
        counts.put(f.key, f.count);
      } else {
        amounts.put(f.key, f.amount);
      }
    }

    void registration(RegistrationEntity r) {
      registeredOn = r.registeredOn;
      notRegistered = r.registeredOn == null;
    }

    ParticipantFacts build() {
      return new ParticipantFacts(declarations, counts, amounts, registeredOn, notRegistered);
    }
  }
}
