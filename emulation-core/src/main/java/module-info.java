/**
 * The emulation core: plans of emulation movements, their targets, participants, criteria and
 * awards, and the evaluator that explains every verdict. It depends on nothing beyond the JDK.
 */
module vn.emulation.core {
  exports vn.emulation.core.common;
  exports vn.emulation.core.plan;
  exports vn.emulation.core.target;
  exports vn.emulation.core.unit;
  exports vn.emulation.core.participant;
  exports vn.emulation.core.criteria;
  exports vn.emulation.core.award;
  exports vn.emulation.core.evaluation;
  exports vn.emulation.core.law;
  exports vn.emulation.core.calendar;
  exports vn.emulation.core.history;
  exports vn.emulation.core.procedure;
  exports vn.emulation.core.procedure.registration;
  exports vn.emulation.core.procedure.report;
  exports vn.emulation.core.procedure.nomination;
  exports vn.emulation.core.procedure.appraisal;
  exports vn.emulation.core.document;
  exports vn.emulation.core.procedure.notice;
  exports vn.emulation.core.procedure.received;
}
