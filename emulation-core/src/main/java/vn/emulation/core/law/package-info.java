/**
 * The rules of the law on emulation and commendation as effective-dated data, separate from any
 * plan: a {@link vn.emulation.core.law.LawRuleSet} of versions, each in force for a run of days and
 * naming the legal texts it encodes, with the award forms the law knows (whom they apply to, who
 * grants them, their dossier, their prerequisites from history, the announcement before the
 * council), the exclusions and the rule of one achievement, one award. Every rule cites its article
 * and how sure the citation is (ADR 0032).
 */
package vn.emulation.core.law;
