package vn.emulation.jakarta.infrastructure.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.util.Objects;

/**
 * One piece of evidence of a participant for an occasion: an answer to a declaration criterion
 * (with its reference), a count, or an amount in đồng.
 */
@Entity
@Table(name = "participant_fact")
@IdClass(FactEntity.Key.class)
public class FactEntity {

  public static final String DECLARATION = "DECLARATION";
  public static final String COUNT = "COUNT";
  public static final String AMOUNT = "AMOUNT";

  @Id
  @Column(name = "participant_id")
  String participantId;

  @Id
  @Column(name = "occasion_code")
  String occasionCode;

  @Id
  @Column(name = "fact_kind")
  String kind;

  @Id
  @Column(name = "fact_key")
  String key;

  @Column(name = "answer")
  String answer;

  @Column(name = "reference")
  String reference;

  @Column(name = "count_value")
  Integer count;

  @Column(name = "amount_value")
  Long amount;

  @Version
  @Column(name = "row_version", nullable = false)
  int rowVersion;

  protected FactEntity() {}

  FactEntity(String participantId, String occasionCode, String kind, String key) {
    this.participantId = participantId;
    this.occasionCode = occasionCode;
    this.kind = kind;
    this.key = key;
  }

  /** The composite key. */
  public static class Key implements Serializable {
    private static final long serialVersionUID = 1L;
    String participantId;
    String occasionCode;
    String kind;
    String key;

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k
          && Objects.equals(participantId, k.participantId)
          && Objects.equals(occasionCode, k.occasionCode)
          && Objects.equals(kind, k.kind)
          && Objects.equals(key, k.key);
    }

    @Override
    public int hashCode() {
      return Objects.hash(participantId, occasionCode, kind, key);
    }
  }
}
