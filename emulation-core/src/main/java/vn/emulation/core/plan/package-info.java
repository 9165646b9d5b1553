/**
 * The plan that launches a movement (kế hoạch phát động phong trào thi đua) as versioned data: its
 * identity, legal bases and amendments, milestones, deadlines and parameters, and everything it
 * contains, assembled by {@link vn.emulation.core.plan.PlanBuilder} which reports every problem at
 * once.
 */
package vn.emulation.core.plan;
