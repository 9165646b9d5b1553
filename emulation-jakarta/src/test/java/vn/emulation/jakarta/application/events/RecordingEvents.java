package vn.emulation.jakarta.application.events;

import java.util.ArrayList;
import java.util.List;

/** The events port as use-case tests need it: keeps every event announced, in order. */
public final class RecordingEvents implements ApplicationEvents {

  /** Every event announced, oldest first. */
  public final List<Record> announced = new ArrayList<>();

  @Override
  public void reportStored(ReportStored event) {
    announced.add(event);
  }

  @Override
  public void uploadStored(UploadStored event) {
    announced.add(event);
  }

  @Override
  public void unitReorganised(UnitReorganised event) {
    announced.add(event);
  }

  @Override
  public void verdictStored(VerdictStored event) {
    announced.add(event);
  }

  @Override
  public void planStatusChanged(PlanStatusChanged event) {
    announced.add(event);
  }
}
