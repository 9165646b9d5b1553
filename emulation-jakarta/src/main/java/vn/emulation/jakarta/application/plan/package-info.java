/**
 * The plans the system runs: {@link vn.emulation.jakarta.application.plan.PlanCatalog} imports a
 * plan file, lists the plans and reads any stored version back. Every other use case finds the plan
 * it works on here.
 */
package vn.emulation.jakarta.application.plan;
