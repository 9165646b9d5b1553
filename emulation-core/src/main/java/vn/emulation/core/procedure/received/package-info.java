/**
 * The electronic dossier upward (hồ sơ điện tử đề nghị cấp trên khen thưởng): what a city's
 * proposal to the level above carries — the submission, each nominee with the form proposed, the
 * stored verdict and the appraisal, and every file with its SHA-256 — and the rules by which the
 * receiving instance (the province) accepts it as received nominations in its own procedure.
 */
package vn.emulation.core.procedure.received;
