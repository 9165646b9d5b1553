/**
 * The conditions for an award (tiêu chuẩn): general ones every participant must meet and specific
 * ones for a category, of a few kinds that cover what plans ask — a declaration backed by evidence,
 * targets attained, a contribution reaching a norm, a count of initiatives, a registered plan, or
 * any one of several alternatives.
 */
package vn.emulation.core.criteria;
